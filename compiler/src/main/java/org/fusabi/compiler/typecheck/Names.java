package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.image.Capability;

/**
 * What names mean: the global scope with the prelude (the functions the checker builds itself, the library's
 * natives by module, option/Result/Failure constructors), the modules by qualified name, type names, and which
 * records declare a field label. Lexical scopes below the global one are {@link Scope}s.
 */
final class Names {
    private static final List<String> SPECIALS = List.of("printfn", "printf", "sprintf", "eprintfn", "eprintf", "fprintfn", "fprintf",
            "failwithf", "failwith", "raise", "reraise", "not", "ignore", "string", "int", "float", "char", "ref", "incr", "decr", "id", "abs", "int64", "double", "nan", "infinity",
            "sbyte", "byte", "int8", "uint8", "int16", "uint16", "int32", "uint32", "uint", "uint64", "nativeint", "unativeint",
            "float32", "single", "decimal", "bigint", "lazy", "nameof");

    /**
     * The .NET and FSharp.Core namespaces whose types and modules scripts use: always visible, so {@code open System}
     * changes nothing and {@code System.Console.WriteLine} is {@code Console.WriteLine}.
     */
    private static final Set<String> NAMESPACES = Set.of("System", "System.Collections", "System.Collections.Generic",
            "System.Text", "System.IO", "System.Diagnostics", "System.Globalization", "System.Numerics", "System.Linq", "System.Reflection",
            "System.Text.RegularExpressions", "System.Threading", "System.Threading.Tasks", "Microsoft", "Microsoft.FSharp", "Microsoft.FSharp.Core",
            "Microsoft.FSharp.Collections", "Microsoft.FSharp.Control", "FSharp", "FSharp.Core", "FSharp.Collections",
            "FSharp.Control");

    final Scope globalScope = new Scope(null);
    private final Library library;
    final Map<String, Entry.Module> modules = new HashMap<>();
    /** For each field label, the records declaring it, in declaration order (the last one wins, as in F#). */
    final Map<String, List<TypeDecl.Record>> fieldOwners = new HashMap<>();
    /** Declared types and aliases by name (qualified too): a TypeDecl, or the Type an alias stands for. */
    final Map<String, Object> typeNames = new HashMap<>();
    /** F#'s Choice constructors ({@code Choice1Of2} …), made when a script first names one: ActivePatterns.choiceCase. */
    java.util.function.Function<String, TypeDecl.Case> choiceCases = name -> null;
    /** Whether {@code open System.Collections.Generic} was met: {@code List<T>} then names .NET's list, ResizeArray. */
    boolean genericCollectionsOpen;

    Names(Library library) {
        this.library = library;
        for (String s : SPECIALS) globalScope.define(s, new Entry.Special(s));
        for (Native n : library.all()) defineNative(n);
        // string is a native too; the checker's own calls a type's ToString override, and the native otherwise.
        globalScope.define("string", new Entry.Special("string"));
        Entry.Module math = module("Math");
        math.members().put("PI", new Entry.Special("Math.PI"));
        math.members().put("E", new Entry.Special("Math.E"));
        for (String m : List.of("List", "Array", "Map", "Set", "Seq")) module(m).members().put("empty", new Entry.Special(m + ".empty"));
        for (TypeDecl.Union u : List.of(Builtins.OPTION, Builtins.RESULT, Builtins.FAILURE)) {
            for (TypeDecl.Case c : u.cases) globalScope.define(c.name(), new Entry.Ctor(c));
        }
        fieldOwners.computeIfAbsent("contents", k -> new ArrayList<>()).add(Builtins.REF);
        // A host's Java classes are types scripts may name in annotations; their members are natives.
        for (String t : library.hostTypeNames()) typeNames.put(t, new Type.Con(t, List.of()));
    }

    Entry.Module module(String name) {
        return modules.computeIfAbsent(name, k -> {
            Entry.Module m = new Entry.Module(k);
            int dot = k.lastIndexOf('.');
            if (dot < 0) globalScope.define(k, m);
            else module(k.substring(0, dot)).members().putIfAbsent(k.substring(dot + 1), m); // Array.Parallel
            return m;
        });
    }

    /**
     * Makes a native a name of its module; instance members ({@code String#Length}) are found by type instead,
     * overloads ({@code Math.Max~float}) under the name they share, and a numeric function's variants for each
     * type ({@code List.sum@float}) by the code generator.
     */
    void defineNative(Native n) {
        if (n.name().indexOf('#') >= 0 || n.name().indexOf('@') >= 0) return;
        String name = TypeChecker.baseName(n.name());
        if (name.length() < n.name().length() && resolvable(name)) return;
        int dot = name.lastIndexOf('.');
        Map<String, Entry> home = dot < 0 ? null : module(name.substring(0, dot)).members();
        String member = dot < 0 ? name : name.substring(dot + 1);
        if (home == null) globalScope.define(member, new Entry.NativeFn(n));
        else home.put(member, new Entry.NativeFn(n));
    }

    /**
     * Refuses a name that is not defined because it belongs to a capability the host does not grant, naming the
     * capability ({@code System.IO.File is not available: this host does not grant file access}).
     */
    void checkGranted(List<String> parts, Pos pos) {
        Capability.Claim claim = Capability.claiming(parts);
        if (claim != null && !library.grants(claim.capability())) throw new CompileError(pos, claim.message());
    }

    /**
     * Whether a path names a namespace, also relative to System as {@code Collections.Generic} does after {@code open
     * System}, unless the script's own module of that name hides it ({@code module Text = …}).
     */
    boolean isNamespace(List<String> path) {
        return namespace(path) != null;
    }

    /** The full name of the namespace a path names, or null. */
    String namespace(List<String> path) {
        String name = String.join(".", path);
        if (NAMESPACES.contains(name)) return name;
        return NAMESPACES.contains("System." + name) && !modules.containsKey(path.getFirst()) ? "System." + name : null;
    }

    /**
     * The number of type parameters of a type the library's natives define ({@code Dictionary} 2, {@code StringBuilder}
     * 0), read from the signature of one of its members, or -1 when no native belongs to such a type. Looked up only
     * when an annotation names a type the script does not declare, so compiling pays nothing otherwise.
     */
    int nativeTypeArity(String name) {
        for (Native n : library.all()) {
            if (!n.name().startsWith(name + ".") && !n.name().startsWith(name + "#")) continue;
            int arity = arityIn(SignatureParser.parse(n.signature(), 0), name);
            if (arity >= 0) return arity;
        }
        return -1;
    }

    private static int arityIn(Type t, String name) {
        return switch (t) {
            case Type.Con c when c.name().equals(name) -> c.args().size();
            case Type.Con c -> c.args().stream().mapToInt(a -> arityIn(a, name)).max().orElse(-1);
            case Type.Fun f -> Math.max(arityIn(f.from(), name), arityIn(f.to(), name));
            case Type.Tuple tp -> tp.items().stream().mapToInt(a -> arityIn(a, name)).max().orElse(-1);
            case Type.Var v -> -1;
        };
    }

    /** A dotted name without the namespace it starts with, if any. */
    List<String> withoutNamespace(List<String> parts) {
        int k = 0;
        while (k < parts.size() - 1 && isNamespace(parts.subList(0, k + 1))) k++;
        if (k < parts.size() - 1 && isTopLevelModule(parts.get(k))) k++;
        return k == 0 ? parts : parts.subList(k, parts.size());
    }

    /**
     * FSharp.Core's modules whose functions are Fusabi's top-level ones: {@code Operators} and
     * {@code ExtraTopLevelOperators}, always open in F#, and {@code Printf} ({@code Printf.printf}), unless the script
     * declares a module of that name.
     */
    private static final Set<String> TOP_LEVEL_MODULES = Set.of("Operators", "ExtraTopLevelOperators", "Printf");

    boolean isTopLevelModule(String name) {
        return TOP_LEVEL_MODULES.contains(name) && !modules.containsKey(name);
    }

    /** Whether {@code open} of a path changes nothing: a namespace, or one of FSharp.Core's top-level modules. */
    boolean opensNothing(List<String> path) {
        List<String> rest = withoutNamespace(path);
        return isNamespace(path) || rest.size() == 1 && isTopLevelModule(rest.getFirst());
    }

    private boolean resolvable(String qualified) {
        int dot = qualified.lastIndexOf('.');
        Entry e = dot < 0 ? globalScope.lookup(qualified) : module(qualified.substring(0, dot)).members().get(qualified.substring(dot + 1));
        return e != null;
    }

    /** Whether a dotted name is a static property ({@code stdout}, {@code Console.Out}): its getter's value. */
    boolean isProperty(List<String> parts, Scope scope) {
        Entry e = scope.lookup(parts.get(0));
        if (e == null) return parts.size() == 1 && scope.lookup("get_" + parts.get(0)) instanceof Entry.NativeFn;
        for (int k = 1; k < parts.size(); k++) {
            if (!(e instanceof Entry.Module m)) return false;
            e = m.members().get(parts.get(k));
            if (e == null) return k == parts.size() - 1 && m.members().get("get_" + parts.get(k)) instanceof Entry.NativeFn;
        }
        return false;
    }

    /** {@code List<int>()} constructs .NET's list, ResizeArray: F#'s list has no constructor. */
    Expr.Ident dotNetList(Expr.Ident id) {
        return withoutNamespace(id.parts()).equals(List.of("List")) ? new Expr.Ident(id.pos(), List.of("ResizeArray")) : id;
    }

    /** {@code obj.ReferenceEquals}: obj is F#'s name of System.Object, whose statics it names unless the script defines obj. */
    Expr.Ident objectStatics(Expr.Ident id, Scope scope) {
        if (id.parts().size() < 2 || !id.parts().getFirst().equals("obj") || scope.lookup("obj") != null) return id;
        List<String> parts = new java.util.ArrayList<>(id.parts());
        parts.set(0, "Object");
        return new Expr.Ident(id.pos(), parts);
    }

    /** {@code T(args)} for a type of natives with a constructor ({@code T.new}, a host type's): its native's name, or null. */
    String nativeConstructor(Expr.Ident id, Scope scope) {
        // obj is F#'s name of System.Object, obj () one
        if (id.parts().equals(List.of("obj")) && scope.lookup("obj") == null) id = new Expr.Ident(id.pos(), List.of("Object"));
        return resolve(id, scope) instanceof Entry.Module m && m.members().get("new") instanceof Entry.NativeFn
                ? String.join(".", withoutNamespace(id.parts())) + ".new" : null;
    }

    /** What a dotted name stands for when its parts are modules and a member of the last one, or null. */
    Entry resolve(Expr.Ident id, Scope scope) {
        List<String> parts = withoutNamespace(id.parts());
        Entry e = scope.lookup(parts.get(0));
        for (int k = 1; k < parts.size(); k++) {
            if (!(e instanceof Entry.Module m)) return null;
            e = m.members().get(parts.get(k));
        }
        return e;
    }

    TypeDecl.Case ctorOf(Expr.Ident id, Scope scope) {
        List<String> parts = withoutNamespace(id.parts());
        Entry e = scope.lookup(parts.get(0));
        int k = 1;
        while (e instanceof Entry.Module m && k < parts.size()) e = m.members().get(parts.get(k++));
        if (e instanceof Entry.Ctor c && k == parts.size()) return c.ctor();
        if (e == null && caseOfUnion(parts) instanceof TypeDecl.Case c) return c;
        return e == null && parts.size() == 1 ? choiceCases.apply(parts.get(0)) : null;
    }

    /**
     * The case a union type's name qualifies ({@code Shape.Circle}, FSharp.Core's {@code Option.Some} or
     * {@code option.None}, its module of the same name notwithstanding), or null.
     */
    TypeDecl.Case caseOfUnion(List<String> parts) {
        if (parts.size() < 2) return null;
        String type = String.join(".", parts.subList(0, parts.size() - 1));
        TypeDecl.Union u = typeNames.get(type) instanceof TypeDecl.Union declared ? declared : switch (type) {
            case "option", "Option" -> Builtins.OPTION;
            case "Result" -> Builtins.RESULT;
            default -> null;
        };
        if (u == null) return null;
        for (TypeDecl.Case c : u.cases) if (c.name().equals(parts.getLast())) return c;
        return null;
    }

    TypeDecl.Record recordFor(List<Expr.FieldInit> fields, Pos pos) {
        String first = fields.get(0).field();
        List<TypeDecl.Record> owners = fieldOwners.get(first.substring(first.lastIndexOf('.') + 1));
        if (owners == null) throw new CompileError(fields.get(0).pos(), "The record label '" + first + "' is not defined.");
        // a label qualified by its record's name ({ R.X = 1 }) picks that record among those declaring the label;
        // one qualified by a module ({ M.X = 1 }) leaves them all
        String qualifier = first.substring(0, Math.max(0, first.lastIndexOf('.')));
        List<TypeDecl.Record> named = owners.stream().filter(r -> qualifier.equals(r.name) || qualifier.endsWith("." + r.name)).toList();
        List<TypeDecl.Record> candidates = named.isEmpty() ? owners : named;
        // the latest type with exactly these labels ({ FA = 1 } is an A though AB = { FA; FB } comes later), else the
        // latest with all of them
        for (int k = candidates.size() - 1; k >= 0; k--) {
            TypeDecl.Record r = candidates.get(k);
            if (r.fieldNames.size() == fields.size() && fields.stream().allMatch(f -> r.indexOf(f.field()) >= 0)) return r;
        }
        for (int k = candidates.size() - 1; k >= 0; k--) {
            TypeDecl.Record r = candidates.get(k);
            if (fields.stream().allMatch(f -> r.indexOf(f.field()) >= 0)) return r;
        }
        throw new CompileError(pos, "No record type has all the fields " + fields.stream().map(Expr.FieldInit::field).toList());
    }
}
