package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.image.ImageLayout;

/**
 * Type declarations and written types: records and unions declared by a script (their fields, cases and
 * type parameters), aliases, and the conversion of a written type ({@code int list}, {@code Map<string, P>}) to a Type.
 */
final class TypeDeclarations {
    private final TypeChecker tc;

    TypeDeclarations(TypeChecker tc) {
        this.tc = tc;
    }

    void declareTypes(Decl.Types types, Scope scope, String prefix) {
        List<TypeDecl> decls = new ArrayList<>();
        for (Decl.TypeDef def : types.defs()) {
            TypeDecl d = switch (def.body()) {
                case Decl.RecordBody r -> new TypeDecl.Record(def.name());
                case Decl.UnionBody u -> new TypeDecl.Union(def.name(), false);
                case Decl.AliasBody a -> null;
                case Decl.EnumBody e -> null;
                case Decl.ExtensionBody e -> extended(def);
                case Decl.ClassBody c -> TypeMembers.declared(new TypeDecl.Record(def.name()), TypeDecl.Form.CLASS);
                case Decl.InterfaceBody i -> TypeMembers.declared(new TypeDecl.Record(def.name()), TypeDecl.Form.INTERFACE);
            };
            if (d != null && !(def.body() instanceof Decl.ExtensionBody)) {
                d.struct = def.has("Struct");
                for (String p : def.typeParams()) d.params.add(new Type.Var(Integer.MAX_VALUE));
                tc.names.typeNames.put(def.name(), d);
                if (!prefix.isEmpty()) {
                    // by its full name, and by the shorter ones the modules around it may use (M.T inside M's parent)
                    List<String> path = List.of(prefix.split("\\."));
                    for (int k = 0; k < path.size(); k++) tc.names.typeNames.put(String.join(".", path.subList(k, path.size())) + "." + def.name(), d);
                    tc.names.module(prefix).types().put(def.name(), d);
                }
                tc.declared.add(d);
            }
            decls.add(d);
        }
        for (int k = 0; k < decls.size(); k++) {
            Decl.TypeDef def = types.defs().get(k);
            TypeDecl d = decls.get(k);
            Map<String, Type.Var> tvars = new HashMap<>();
            if (d != null) for (int p = 0; p < def.typeParams().size(); p++) tvars.put(def.typeParams().get(p), d.params.get(p));
            switch (def.body()) {
                case Decl.RecordBody r -> {
                    TypeDecl.Record rec = (TypeDecl.Record) d;
                    for (Decl.Field f : r.fields()) {
                        if (rec.fieldNames.size() == ImageLayout.MAX_TYPE_MEMBERS) throw tooManyMembers(f.pos(), "record", "fields");
                        rec.fieldNames.add(f.name());
                        rec.fieldTypes.add(typeExpr(f.type(), tvars, true));
                        rec.mutable.add(f.mutable());
                        tc.names.fieldOwners.computeIfAbsent(f.name(), x -> new ArrayList<>()).add(rec);
                    }
                }
                case Decl.UnionBody u -> {
                    TypeDecl.Union un = (TypeDecl.Union) d;
                    for (Decl.UnionCase c : u.cases()) {
                        List<Type> fields = new ArrayList<>();
                        for (TypeExpr te : c.fields()) fields.add(typeExpr(te, tvars, true));
                        if (un.cases.size() == ImageLayout.MAX_TYPE_MEMBERS) throw tooManyMembers(c.pos(), "union", "cases");
                        TypeDecl.Case cs = new TypeDecl.Case(un, un.cases.size(), c.name(), fields, c.fieldNames());
                        un.cases.add(cs);
                        scope.define(c.name(), new Entry.Ctor(cs));
                        if (!prefix.isEmpty()) tc.names.module(prefix).members().put(c.name(), new Entry.Ctor(cs));
                    }
                }
                case Decl.AliasBody a -> tc.names.typeNames.put(def.name(), alias(def, a));
                case Decl.ExtensionBody e -> { }
                case Decl.ClassBody c -> { }
                case Decl.InterfaceBody i -> { }
                case Decl.EnumBody e -> tc.enums.declare(def, e, scope, prefix);
            }
        }
    }

    /** The type {@code type T with …} adds members to, declared before with as many type parameters. */
    private TypeDecl extended(Decl.TypeDef def) {
        if (!(tc.names.typeNames.get(def.name()) instanceof TypeDecl d)) throw new CompileError(def.pos(), "The type '" + def.name() + "' is not defined.");
        if (d.params.size() != def.typeParams().size()) {
            throw new CompileError(def.pos(), "The type '" + def.name() + "' expects " + d.params.size() + " type argument(s) but is given " + def.typeParams().size());
        }
        return d;
    }

    /** A generic abbreviation ({@code type Table<'v> = Map<string, 'v>}): its body instantiated at each use. */
    record Abbreviation(List<Type.Var> params, Type body) {}

    private Object alias(Decl.TypeDef def, Decl.AliasBody a) {
        Map<String, Type.Var> tvars = new HashMap<>();
        List<Type.Var> params = new ArrayList<>();
        for (String p : def.typeParams()) {
            Type.Var v = new Type.Var(Integer.MAX_VALUE);
            tvars.put(p, v);
            params.add(v);
        }
        Type body = typeExpr(a.type(), tvars, true);
        return params.isEmpty() ? body : new Abbreviation(params, body);
    }

    /** An image records a type's cases or fields in 16 bits. */
    private static CompileError tooManyMembers(Pos pos, String kind, String members) {
        return new CompileError(pos, "a " + kind + " type can have at most " + ImageLayout.MAX_TYPE_MEMBERS + " " + members);
    }

    /** Converts a written type; in declarations ({@code strict}) every type variable must be a tc.declared parameter. */
    Type typeExpr(TypeExpr te, Map<String, Type.Var> tvars, boolean strict) {
        return switch (te) {
            case TypeExpr.Var v -> {
                Type.Var t = tvars.get(v.name());
                if (t == null) {
                    if (strict) throw new CompileError(v.pos(), "The type parameter '" + v.name() + " is not defined.");
                    t = new Type.Var(tc.level + 1);
                    tvars.put(v.name(), t);
                }
                yield t;
            }
            case TypeExpr.Fun f -> new Type.Fun(typeExpr(f.from(), tvars, strict), typeExpr(f.to(), tvars, strict));
            case TypeExpr.Tuple t -> new Type.Tuple(t.items().stream().map(i -> typeExpr(i, tvars, strict)).toList());
            case TypeExpr.Named n -> namedType(n, tvars, strict);
            case TypeExpr.Flexible f -> flexible(f, tvars, strict);
            case TypeExpr.AnonymousRecord a -> tc.anonymousRecords.type(a.fields(), a.types().stream().map(t -> typeExpr(t, tvars, strict)).toList(), a.pos());
        };
    }

    /**
     * A flexible type, {@code #T} or {@code 'r :> T}, stands for its bound T (and 'r is T): a value of a subtype
     * passes where it is expected by the implicit upcast F# 6 inserts at a known type. Unlike F#, which keeps the
     * variable generic, a function {@code (x: #seq<int>) -> x} returns a {@code seq<int>}, not its argument's type.
     */
    private Type flexible(TypeExpr.Flexible f, Map<String, Type.Var> tvars, boolean strict) {
        Type bound = typeExpr(f.bound(), tvars, strict);
        if (f.var() != null) unify(typeExpr(f.var(), tvars, strict), bound, f.pos());
        return bound;
    }

    Type namedType(TypeExpr.Named n, Map<String, Type.Var> tvars, boolean strict) {
        // _ (Dictionary<_, _>(), xs : _ list): a type left to inference
        if (n.name().equals("_") && n.args().isEmpty() && !strict) return new Type.Var(tc.level + 1);
        List<Type> args = n.args().stream().map(a -> typeExpr(a, tvars, strict)).toList();
        String name = n.name();
        if (name.equals("Choice") && !tc.names.typeNames.containsKey(name) && args.size() >= 2) {
            TypeDecl.Case first = tc.activePatterns.choiceCase("Choice1Of" + args.size());
            if (first != null) return Builtins.typeOf(first.owner(), args);
        }
        String numeric = NumericTypes.canonical(name);
        if (numeric != null && !tc.names.typeNames.containsKey(name)) {
            checkArity(n, args.size(), 0);
            return numeric.equals("int") ? Type.INT : numeric.equals("float") ? Type.FLOAT : new Type.Con(numeric, List.of());
        }
        int arity = switch (name) {
            case "int", "float", "bool", "char", "string", "unit", "exn" -> 0;
            case "list", "option", "array", "ref", "Set", "seq" -> 1;
            case "Map", "Result" -> 2;
            default -> -1;
        };
        if (arity >= 0) {
            checkArity(n, args.size(), arity);
            return new Type.Con(name, args);
        }
        Object found = tc.names.typeNames.get(name);
        if (found instanceof Type alias) return alias;
        if (found instanceof Abbreviation abbreviation) {
            checkArity(n, args.size(), abbreviation.params().size());
            Map<Type.Var, Type> map = new HashMap<>();
            for (int k = 0; k < args.size(); k++) map.put(abbreviation.params().get(k), args.get(k));
            return Scheme.substitute(abbreviation.body(), map);
        }
        if (found instanceof TypeDecl d) {
            checkArity(n, args.size(), d.params.size());
            return Builtins.typeOf(d, args);
        }
        Type dotNet = dotNetType(n, args, tvars, strict);
        if (dotNet != null) return dotNet;
        throw new CompileError(n.pos(), "The type '" + name + "' is not defined.");
    }

    /**
     * A .NET type of the library's ({@code Dictionary<string, int>}, {@code System.Text.StringBuilder}), or null;
     * {@code List<T>} is {@code ResizeArray<T>} once {@code System.Collections.Generic} is open, as in F#, and F#'s
     * list otherwise; {@code String}, {@code Option<T>} and the like are F#'s own types under their .NET names.
     */
    private Type dotNetType(TypeExpr.Named n, List<Type> args, Map<String, Type.Var> tvars, boolean strict) {
        List<String> parts = tc.names.withoutNamespace(List.of(n.name().split("\\.")));
        String name = String.join(".", parts);
        if (name.equals("List") && tc.names.genericCollectionsOpen) name = "ResizeArray";
        if (name.equals("IDisposable")) return tc.disposables.idisposable();
        String fsharp = switch (name) {
            case "List" -> "list";
            case "Option" -> "option";
            case "String" -> "string";
            case "Boolean" -> "bool";
            case "Char" -> "char";
            case "Exception" -> "exn";
            case "IEnumerable" -> n.args().size() == 1 ? "seq" : null;
            case "obj" -> "Object";
            case "lazy" -> "Lazy";
            case "IObservable" -> "IEvent"; // F#'s events are its observables, with Add and Subscribe
            default -> null;
        };
        if (fsharp != null) return namedType(new TypeExpr.Named(n.pos(), fsharp, n.args()), tvars, strict);
        // IObserver<T> can be named (a parameter's type, null) but not implemented: no library function takes one
        int arity = name.equals("IObserver") ? 1 : tc.names.nativeTypeArity(name);
        if (arity < 0) return null;
        checkArity(n, args.size(), arity);
        return new Type.Con(name, args);
    }

    static void checkArity(TypeExpr.Named n, int given, int expected) {
        if (given != expected) {
            throw new CompileError(n.pos(), "The type '" + n.name() + "' expects " + expected + " type argument(s) but is given " + given);
        }
    }
}
