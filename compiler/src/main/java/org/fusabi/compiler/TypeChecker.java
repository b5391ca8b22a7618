package org.fusabi.compiler;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Program;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.Unifier;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.printf.FormatException;
import org.fusabi.vm.printf.FormatString;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/**
 * Hindley-Milner type inference (with levels for let-generalisation) over the AST, producing the typed
 * {@link Core} program. Names are resolved here: variables to {@link Var}s, constructors to their cases,
 * record fields to slots, library functions to natives.
 */
public final class TypeChecker {
    private static final List<String> SPECIALS = List.of("printfn", "printf", "sprintf", "eprintfn", "eprintf",
            "failwithf", "failwith", "raise", "not", "ignore", "string", "int", "float", "char", "ref", "id", "abs", "int64", "double", "nan", "infinity");

    private final Library library;
    private final Scope globalScope = new Scope(null);
    private final Map<String, Entry.Module> modules = new HashMap<>();
    private final Map<String, List<TypeDecl.Record>> fieldOwners = new HashMap<>();
    private final Map<String, Object> typeNames = new HashMap<>();
    private final List<TypeDecl> declared = new ArrayList<>();
    private final Map<String, Var> exports = new LinkedHashMap<>();
    private final List<Type.Var> constrained = new ArrayList<>();
    private int level;
    private int globals;
    private int temps;
    /** Depth of comprehension bodies being checked, with the builder variable of the innermost. */
    private Var builder;

    public TypeChecker(Library library) {
        this.library = library;
        for (String s : SPECIALS) globalScope.define(s, new Entry.Special(s));
        for (Native n : library.all()) defineNative(n);
        Entry.Module math = module("Math");
        math.members().put("PI", new Entry.Special("Math.PI"));
        math.members().put("E", new Entry.Special("Math.E"));
        for (String m : List.of("List", "Array", "Map", "Set", "Seq")) module(m).members().put("empty", new Entry.Special(m + ".empty"));
        module("Env").members().put("args", new Entry.Special("Env.args"));
        for (TypeDecl.Union u : List.of(Builtins.OPTION, Builtins.RESULT, Builtins.FAILURE)) {
            for (TypeDecl.Case c : u.cases) globalScope.define(c.name(), new Entry.Ctor(c));
        }
        fieldOwners.computeIfAbsent("contents", k -> new ArrayList<>()).add(Builtins.REF);
    }

    private Entry.Module module(String name) {
        return modules.computeIfAbsent(name, k -> {
            Entry.Module m = new Entry.Module(k);
            if (!k.contains(".")) globalScope.define(k, m);
            return m;
        });
    }

    private void defineNative(Native n) {
        String name = n.name();
        int at = name.indexOf('@');
        String base = at < 0 ? name : name.substring(0, at);
        int dot = base.lastIndexOf('.');
        Map<String, Entry> home = dot < 0 ? null : module(base.substring(0, dot)).members();
        String member = dot < 0 ? base : base.substring(dot + 1);
        Entry old = home == null ? globalScope.lookup(member) : home.get(member);
        Entry e;
        if (at < 0) e = new Entry.NativeFn(n, old instanceof Entry.NativeFn f ? f.floatVariant() : null);
        else if (old instanceof Entry.NativeFn f) e = new Entry.NativeFn(f.fn(), n);
        else e = new Entry.NativeFn(null, n);
        if (home == null) globalScope.define(member, e);
        else home.put(member, e);
    }

    // ------------------------------------------------------------------------------------------ declarations

    public Program check(List<Decl> decls) {
        Core body = declarations(decls, 0, globalScope, "");
        Type.Fun mainType = new Type.Fun(Type.UNIT, body.type());
        return new Program(new Core.Lambda(List.of(), body, mainType, "<main>", new Pos(1, 1)), globals, declared, exports);
    }

    /** Checks declarations from index i on; each binding scopes over the rest, so the result is one expression. */
    private Core declarations(List<Decl> decls, int i, Scope scope, String prefix) {
        if (i == decls.size()) return new Core.Lit(Unit.VALUE, Type.UNIT);
        Decl d = decls.get(i);
        switch (d) {
            case Decl.Let let -> {
                Scope inner = scope.child();
                List<Var> vars = new ArrayList<>();
                List<Core> values = new ArrayList<>();
                CPat pat = letBindings(let.rec(), let.bindings(), scope, inner, true, prefix, vars, values);
                defaultConstrained();
                for (Var v : vars) exports.put(prefix.isEmpty() ? v.name : prefix + "." + v.name, v);
                Core rest = declarations(decls, i + 1, inner, prefix);
                exportToModule(prefix, vars);
                return bindAll(let.rec(), vars, values, pat, rest, let.pos());
            }
            case Decl.Do doDecl -> {
                Core e = infer(doDecl.expr(), scope);
                defaultConstrained();
                Core rest = declarations(decls, i + 1, scope, prefix);
                return new Core.Seq(e, rest, rest.type());
            }
            case Decl.Types types -> {
                declareTypes(types, scope, prefix);
                return declarations(decls, i + 1, scope, prefix);
            }
            case Decl.Exception ex -> {
                TypeDecl.Union u = new TypeDecl.Union(ex.name(), true);
                List<Type> fields = new ArrayList<>();
                for (TypeExpr te : ex.fields()) fields.add(typeExpr(te, new HashMap<>(), false));
                List<String> names = new ArrayList<>();
                for (int k = 0; k < fields.size(); k++) names.add(null);
                u.cases.add(new TypeDecl.Case(u, 0, ex.name(), fields, names));
                declared.add(u);
                scope.define(ex.name(), new Entry.Ctor(u.cases.get(0)));
                if (!prefix.isEmpty()) module(prefix).members().put(ex.name(), new Entry.Ctor(u.cases.get(0)));
                return declarations(decls, i + 1, scope, prefix);
            }
            case Decl.Module m -> {
                String name = prefix.isEmpty() ? m.name() : prefix + "." + m.name();
                Entry.Module mod = module(name);
                scope.define(m.name(), mod);
                if (!prefix.isEmpty()) module(prefix).members().put(m.name(), mod);
                Scope inner = scope.child();
                List<Decl> all = new ArrayList<>(m.body());
                // The module body and the declarations after it form one chain, so its bindings stay live after it.
                Core body = declarations(all, 0, inner, name);
                Core rest = declarations(decls, i + 1, scope, prefix);
                return new Core.Seq(body, rest, rest.type());
            }
            case Decl.Open open -> {
                Entry.Module m = modules.get(String.join(".", open.path()));
                if (m == null) throw new CompileError(open.pos(), "The namespace or module '" + String.join(".", open.path()) + "' is not defined.");
                for (Map.Entry<String, Entry> e : m.members().entrySet()) scope.define(e.getKey(), e.getValue());
                for (Map.Entry<String, TypeDecl> t : m.types().entrySet()) typeNames.put(t.getKey(), t.getValue());
                return declarations(decls, i + 1, scope, prefix);
            }
        }
    }

    private void exportToModule(String prefix, List<Var> vars) {
        if (prefix.isEmpty()) return;
        Entry.Module m = module(prefix);
        for (Var v : vars) m.members().put(v.name, new Entry.Value(v, schemes.get(v)));
    }

    private final Map<Var, Scheme> schemes = new HashMap<>();

    /** Wraps the rest of the program (or a let body) in the bindings of one let. */
    private Core bindAll(boolean rec, List<Var> vars, List<Core> values, CPat pattern, Core body, Pos pos) {
        if (pattern != null) {
            return new Core.Match(values.get(0), List.of(new Core.Clause(pattern, null, body)), body.type(), pos);
        }
        if (rec) {
            List<Core.Lambda> fns = new ArrayList<>();
            for (Core v : values) fns.add((Core.Lambda) v);
            return new Core.LetRec(vars, fns, body, body.type());
        }
        Core out = body;
        for (int k = vars.size() - 1; k >= 0; k--) out = new Core.Let(vars.get(k), values.get(k), out, out.type());
        return out;
    }

    /**
     * Checks the bindings of a let, defining the names in {@code inner}. Fills vars/values; returns the pattern
     * when the single binding destructures ({@code let (a, b) = ...}), else null.
     */
    private CPat letBindings(boolean rec, List<Expr.Binding> bindings, Scope outer, Scope inner, boolean global,
                             String prefix, List<Var> vars, List<Core> values) {
        if (rec) {
            List<Type> types = new ArrayList<>();
            level++;
            for (Expr.Binding b : bindings) {
                String name = bindingName(b);
                Type t = new Type.Var(level);
                Var v = newVar(name, t, false, global, prefix);
                vars.add(v);
                types.add(t);
                inner.define(name, new Entry.Value(v, Scheme.mono(t)));
            }
            for (int k = 0; k < bindings.size(); k++) {
                Expr.Binding b = bindings.get(k);
                if (b.params().isEmpty() && !(b.body() instanceof Expr.Lambda)) {
                    throw new CompileError(b.pos(), "Only functions may be defined with 'let rec' here");
                }
                Core.Lambda fn = function(b, inner, vars.get(k).name);
                unify(types.get(k), fn.type(), b.pos());
                vars.get(k).function = fn;
                values.add(fn);
            }
            level--;
            for (int k = 0; k < vars.size(); k++) {
                Scheme s = generalize(types.get(k));
                schemes.put(vars.get(k), s);
                inner.define(vars.get(k).name, new Entry.Value(vars.get(k), s));
            }
            return null;
        }
        for (Expr.Binding b : bindings) {
            boolean isFunction = !b.params().isEmpty() || b.body() instanceof Expr.Lambda;
            if (b.pattern() instanceof Pattern.Var || b.pattern() instanceof Pattern.Typed pt && pt.pattern() instanceof Pattern.Var) {
                String name = bindingName(b);
                level++;
                Core value = isFunction ? function(b, outer, name) : inferBody(b, outer);
                level--;
                Scheme s = isFunction || isValue(value) ? generalize(value.type()) : Scheme.mono(value.type());
                Var v = newVar(name, value.type(), b.mutable(), global, prefix);
                if (value instanceof Core.Lambda fn && !b.mutable()) v.function = fn;
                schemes.put(v, s);
                inner.define(name, new Entry.Value(v, s));
                vars.add(v);
                values.add(value);
            } else {
                if (bindings.size() != 1) throw new CompileError(b.pos(), "Pattern bindings cannot be joined with 'and'");
                Core value = inferBody(b, outer);
                Map<String, Var> bound = new LinkedHashMap<>();
                scopeForPatterns = outer;
                CPat pat = pattern(b.pattern(), value.type(), bound, null, global, prefix);
                for (Var v : bound.values()) {
                    schemes.put(v, Scheme.mono(v.type));
                    inner.define(v.name, new Entry.Value(v, Scheme.mono(v.type)));
                    vars.add(v);
                }
                values.add(value);
                return pat;
            }
        }
        return null;
    }

    private static boolean isValue(Core c) {
        return c instanceof Core.Lit || c instanceof Core.Lambda || c instanceof Core.Ctor && ((Core.Ctor) c).args().isEmpty();
    }

    private Core inferBody(Expr.Binding b, Scope scope) {
        Core value = infer(b.body(), scope);
        if (b.returnType() != null) unify(typeExpr(b.returnType(), new HashMap<>(), false), value.type(), b.body().pos());
        if (b.pattern() instanceof Pattern.Typed pt) unify(typeExpr(pt.type(), new HashMap<>(), false), value.type(), b.pos());
        return value;
    }

    private static String bindingName(Expr.Binding b) {
        Pattern p = b.pattern();
        if (p instanceof Pattern.Typed t) p = t.pattern();
        if (p instanceof Pattern.Var v) return v.name();
        throw new CompileError(b.pos(), "Expected a name to bind");
    }

    private Var newVar(String name, Type t, boolean mutable, boolean global, String prefix) {
        Var v = new Var(prefix.isEmpty() ? name : name, t, mutable);
        if (global) v.globalSlot = globals++;
        return v;
    }

    /** A let-bound function {@code let f a b = body} (or {@code let f = fun ...}) as a Lambda. */
    private Core.Lambda function(Expr.Binding b, Scope scope, String name) {
        if (b.params().isEmpty()) {
            Core c = infer(b.body(), scope);
            if (c instanceof Core.Lambda l) return new Core.Lambda(l.params(), l.body(), l.type(), name, l.pos());
            throw new CompileError(b.pos(), "Expected a function");
        }
        Map<String, Type.Var> tvars = new HashMap<>();
        Type ret = b.returnType() == null ? null : typeExpr(b.returnType(), tvars, false);
        return lambda(b.params(), b.body(), ret, tvars, scope, name, b.pos());
    }

    private Core.Lambda lambda(List<Pattern> params, Expr body, Type annotatedReturn, Map<String, Type.Var> tvars,
                               Scope scope, String name, Pos pos) {
        Scope inner = scope.child();
        List<Var> vars = new ArrayList<>();
        List<CPat> destructure = new ArrayList<>();
        for (Pattern p : params) {
            Type t = new Type.Var(level);
            Pattern bare = p;
            if (p instanceof Pattern.Typed typed) {
                unify(typeExpr(typed.type(), tvars, false), t, typed.pos());
                bare = typed.pattern();
            }
            if (bare instanceof Pattern.Var pv) {
                Var v = new Var(pv.name(), t, false);
                inner.define(pv.name(), new Entry.Value(v, Scheme.mono(t)));
                vars.add(v);
                destructure.add(null);
            } else {
                Var v = new Var("_p" + (temps++), t, false);
                vars.add(v);
                Map<String, Var> bound = new LinkedHashMap<>();
                scopeForPatterns = scope;
                destructure.add(pattern(bare, t, bound, null, false, ""));
                for (Var b : bound.values()) inner.define(b.name, new Entry.Value(b, Scheme.mono(b.type)));
            }
        }
        Core b = infer(body, inner);
        if (annotatedReturn != null) unify(annotatedReturn, b.type(), body.pos());
        for (int k = params.size() - 1; k >= 0; k--) {
            if (destructure.get(k) != null) {
                b = new Core.Match(new Core.Ref(vars.get(k), vars.get(k).type, pos),
                        List.of(new Core.Clause(destructure.get(k), null, b)), b.type(), params.get(k).pos());
            }
        }
        Type t = b.type();
        for (int k = vars.size() - 1; k >= 0; k--) t = new Type.Fun(vars.get(k).type, t);
        return new Core.Lambda(vars, b, t, name, pos);
    }

    private Scheme generalize(Type t) {
        List<Type.Var> vars = new ArrayList<>();
        collectGeneric(t, vars);
        return new Scheme(vars, t);
    }

    private void collectGeneric(Type t, List<Type.Var> out) {
        t = Type.prune(t);
        switch (t) {
            case Type.Var v -> {
                // Constrained variables stay monomorphic until use or defaulting decides them, as F# does.
                if (v.level > level && v.constraint == Type.Constraint.NONE && !out.contains(v)) out.add(v);
            }
            case Type.Con c -> c.args().forEach(a -> collectGeneric(a, out));
            case Type.Fun f -> {
                collectGeneric(f.from(), out);
                collectGeneric(f.to(), out);
            }
            case Type.Tuple tu -> tu.items().forEach(i -> collectGeneric(i, out));
        }
    }

    /** Operators whose operand type is still open at the end of a top-level declaration default to int. */
    private void defaultConstrained() {
        for (Type.Var v : constrained) {
            if (Type.prune(v) instanceof Type.Var open && open.constraint != Type.Constraint.NONE) open.instance = Type.INT;
        }
        constrained.clear();
    }

    private Type.Var constrainedVar(Type.Constraint c) {
        Type.Var v = new Type.Var(level);
        v.constraint = c;
        constrained.add(v);
        return v;
    }

    // ------------------------------------------------------------------------------------------ type declarations

    private void declareTypes(Decl.Types types, Scope scope, String prefix) {
        List<TypeDecl> decls = new ArrayList<>();
        for (Decl.TypeDef def : types.defs()) {
            TypeDecl d = switch (def.body()) {
                case Decl.RecordBody r -> new TypeDecl.Record(def.name());
                case Decl.UnionBody u -> new TypeDecl.Union(def.name(), false);
                case Decl.AliasBody a -> null;
            };
            if (d != null) {
                for (String p : def.typeParams()) d.params.add(new Type.Var(Integer.MAX_VALUE));
                typeNames.put(def.name(), d);
                if (!prefix.isEmpty()) {
                    typeNames.put(prefix + "." + def.name(), d);
                    module(prefix).types().put(def.name(), d);
                }
                declared.add(d);
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
                        rec.fieldNames.add(f.name());
                        rec.fieldTypes.add(typeExpr(f.type(), tvars, true));
                        rec.mutable.add(f.mutable());
                        fieldOwners.computeIfAbsent(f.name(), x -> new ArrayList<>()).add(rec);
                    }
                }
                case Decl.UnionBody u -> {
                    TypeDecl.Union un = (TypeDecl.Union) d;
                    for (Decl.UnionCase c : u.cases()) {
                        List<Type> fields = new ArrayList<>();
                        for (TypeExpr te : c.fields()) fields.add(typeExpr(te, tvars, true));
                        TypeDecl.Case cs = new TypeDecl.Case(un, un.cases.size(), c.name(), fields, c.fieldNames());
                        un.cases.add(cs);
                        scope.define(c.name(), new Entry.Ctor(cs));
                        if (!prefix.isEmpty()) module(prefix).members().put(c.name(), new Entry.Ctor(cs));
                    }
                }
                case Decl.AliasBody a -> typeNames.put(def.name(), typeExpr(a.type(), tvars, true));
            }
        }
    }

    /** Converts a written type; in declarations ({@code strict}) every type variable must be a declared parameter. */
    private Type typeExpr(TypeExpr te, Map<String, Type.Var> tvars, boolean strict) {
        return switch (te) {
            case TypeExpr.Var v -> {
                Type.Var t = tvars.get(v.name());
                if (t == null) {
                    if (strict) throw new CompileError(v.pos(), "The type parameter '" + v.name() + " is not defined.");
                    t = new Type.Var(level + 1);
                    tvars.put(v.name(), t);
                }
                yield t;
            }
            case TypeExpr.Fun f -> new Type.Fun(typeExpr(f.from(), tvars, strict), typeExpr(f.to(), tvars, strict));
            case TypeExpr.Tuple t -> new Type.Tuple(t.items().stream().map(i -> typeExpr(i, tvars, strict)).toList());
            case TypeExpr.Named n -> namedType(n, tvars, strict);
        };
    }

    private Type namedType(TypeExpr.Named n, Map<String, Type.Var> tvars, boolean strict) {
        List<Type> args = n.args().stream().map(a -> typeExpr(a, tvars, strict)).toList();
        String name = n.name();
        int arity = switch (name) {
            case "int", "float", "bool", "char", "string", "unit", "exn", "int64", "double" -> 0;
            case "list", "option", "array", "ref", "Set", "seq" -> 1;
            case "Map", "Result" -> 2;
            default -> -1;
        };
        if (arity >= 0) {
            checkArity(n, args.size(), arity);
            return switch (name) {
                case "int64" -> Type.INT;
                case "double" -> Type.FLOAT;
                default -> new Type.Con(name, args);
            };
        }
        Object found = typeNames.get(name);
        if (found instanceof Type alias) return alias;
        if (found instanceof TypeDecl d) {
            checkArity(n, args.size(), d.params.size());
            return Builtins.typeOf(d, args);
        }
        throw new CompileError(n.pos(), "The type '" + name + "' is not defined.");
    }

    private static void checkArity(TypeExpr.Named n, int given, int expected) {
        if (given != expected) {
            throw new CompileError(n.pos(), "The type '" + n.name() + "' expects " + expected + " type argument(s) but is given " + given);
        }
    }

    // ------------------------------------------------------------------------------------------ expressions

    private Core check(Expr e, Type expected, Scope scope) {
        Core c = infer(e, scope);
        unify(expected, c.type(), e.pos());
        return c;
    }

    Core infer(Expr e, Scope scope) {
        return switch (e) {
            case Expr.Const c -> literal(c.value());
            case Expr.Ident id -> ident(id, scope);
            case Expr.Dot d -> member(infer(d.target(), scope), d.member(), d.pos());
            case Expr.Index ix -> index(ix, scope);
            case Expr.App app -> application(app, scope);
            case Expr.Binary b -> binary(b, scope);
            case Expr.Unary u -> unary(u, scope);
            case Expr.Lambda l -> {
                level++;
                Core.Lambda fn = lambda(l.params(), l.body(), null, new HashMap<>(), scope, "fun", l.pos());
                level--;
                yield fn;
            }
            case Expr.Let let -> {
                Scope inner = scope.child();
                List<Var> vars = new ArrayList<>();
                List<Core> values = new ArrayList<>();
                CPat pat = letBindings(let.rec(), let.bindings(), scope, inner, false, "", vars, values);
                Core body = infer(let.body(), inner);
                yield bindAll(let.rec(), vars, values, pat, body, let.pos());
            }
            case Expr.If i -> {
                Core cond = check(i.cond(), Type.BOOL, scope);
                Core then = infer(i.thenBranch(), scope);
                if (i.elseBranch() == null) {
                    unify(Type.UNIT, then.type(), i.thenBranch().pos());
                    yield new Core.If(cond, then, new Core.Lit(Unit.VALUE, Type.UNIT), Type.UNIT);
                }
                Core other = check(i.elseBranch(), then.type(), scope);
                yield new Core.If(cond, then, other, then.type());
            }
            case Expr.Match m -> match(infer(m.scrutinee(), scope), m.cases(), scope, m.pos());
            case Expr.Tuple t -> {
                List<Core> items = t.items().stream().map(i -> infer(i, scope)).toList();
                yield new Core.Tuple(items, new Type.Tuple(items.stream().map(Core::type).toList()));
            }
            case Expr.ListOf l -> listOf(l.items(), scope);
            case Expr.ArrayOf a -> {
                Type elem = new Type.Var(level);
                List<Core> items = a.items().stream().map(i -> check(i, elem, scope)).toList();
                yield new Core.Op(Prim.ARRAY, items, Type.array(elem), a.pos());
            }
            case Expr.Range r -> range(r, scope);
            case Expr.Comprehension c -> comprehension(c, scope);
            case Expr.Yield y -> {
                if (builder == null) throw new CompileError(y.pos(), "'yield' may only be used in a list or array expression");
                Type elem = ((Type.Con) Type.prune(builder.type)).args().get(0);
                Core v = check(y.value(), elem, scope);
                yield callNative("Builder.add", List.of(new Core.Ref(builder, builder.type, y.pos()), v), y.pos());
            }
            case Expr.Seq s -> {
                Core first = infer(s.first(), scope);
                Core second = infer(s.second(), scope);
                yield new Core.Seq(first, second, second.type());
            }
            case Expr.Record r -> record(r, scope);
            case Expr.RecordUpdate u -> recordUpdate(u, scope);
            case Expr.Assign a -> assign(a, scope);
            case Expr.While w -> {
                Core cond = check(w.cond(), Type.BOOL, scope);
                Core body = check(w.body(), Type.UNIT, scope);
                yield new Core.While(cond, body, Type.UNIT);
            }
            case Expr.ForRange f -> {
                Core from = check(f.from(), Type.INT, scope);
                Core step = f.step() == null ? null : check(f.step(), Type.INT, scope);
                Core to = check(f.to(), Type.INT, scope);
                Var v = new Var(f.var(), Type.INT, false);
                Scope inner = scope.child();
                inner.define(f.var(), new Entry.Value(v, Scheme.mono(Type.INT)));
                Core body = loopBody(f.body(), inner);
                yield new Core.For(v, from, step, to, f.down(), body, Type.UNIT, f.pos());
            }
            case Expr.ForIn f -> forIn(f, scope);
            case Expr.TryWith t -> {
                Core body = infer(t.body(), scope);
                Var exn = new Var("_exn" + (temps++), Type.EXN, false);
                Core.Match handler = (Core.Match) match(new Core.Ref(exn, Type.EXN, t.pos()), t.handlers(), scope, t.pos());
                unify(body.type(), handler.type(), t.handlers().get(0).body().pos());
                yield new Core.TryWith(body, exn, handler, body.type(), t.pos());
            }
            case Expr.TryFinally t -> {
                Core body = infer(t.body(), scope);
                Core finalizer = infer(t.finalizer(), scope);
                yield new Core.TryFinally(body, finalizer, body.type(), t.pos());
            }
            case Expr.Typed t -> check(t.expr(), typeExpr(t.type(), new HashMap<>(), false), scope);
            case Expr.Interp i -> interpolated(i, scope);
        };
    }

    /** In a comprehension a loop body yields; elsewhere it must be unit. */
    private Core loopBody(Expr body, Scope scope) {
        Core c = infer(body, scope);
        unify(Type.UNIT, c.type(), body.pos());
        return c;
    }

    private static Core literal(Object v) {
        Type t = switch (v) {
            case Long l -> Type.INT;
            case Double d -> Type.FLOAT;
            case Boolean b -> Type.BOOL;
            case Character c -> Type.CHAR;
            case String s -> Type.STRING;
            default -> Type.UNIT;
        };
        return new Core.Lit(t == Type.UNIT ? Unit.VALUE : v, t);
    }

    // ------------------------------------------------------------------------------------------ names

    private Core ident(Expr.Ident id, Scope scope) {
        List<String> parts = id.parts();
        Entry e = scope.lookup(parts.get(0));
        String first = parts.get(0);
        if (e == null && parts.size() == 1 && !Character.isLetter(first.charAt(0)) && first.charAt(0) != '_') {
            // An operator used as a value, (+): the function fun a b -> a + b, resolved like any use of +.
            Pos pos = id.pos();
            Expr body = first.equals("~-") ? new Expr.Unary(pos, "-", new Expr.Ident(pos, List.of("_a")))
                    : new Expr.Binary(pos, first, new Expr.Ident(pos, List.of("_a")), new Expr.Ident(pos, List.of("_b")));
            List<Pattern> params = first.equals("~-") ? List.of(new Pattern.Var(pos, "_a"))
                    : List.of(new Pattern.Var(pos, "_a"), new Pattern.Var(pos, "_b"));
            return infer(new Expr.Lambda(pos, params, body), scope);
        }
        int used = 1;
        while (e instanceof Entry.Module m && used < parts.size()) {
            e = m.members().get(parts.get(used));
            if (e == null) {
                throw new CompileError(id.pos(), "The value, constructor, namespace or type '" + parts.get(used)
                        + "' is not defined in '" + String.join(".", parts.subList(0, used)) + "'.");
            }
            used++;
        }
        if (e == null && parts.size() >= 2 && typeNames.get(parts.get(0)) instanceof TypeDecl.Union u) {
            for (TypeDecl.Case c : u.cases) if (c.name().equals(parts.get(1))) e = new Entry.Ctor(c);
            used = 2;
        }
        if (e == null) throw new CompileError(id.pos(), "The value or constructor '" + parts.get(0) + "' is not defined.");
        if (e instanceof Entry.Module) throw new CompileError(id.pos(), "'" + String.join(".", parts) + "' is a module, not a value");
        Core c = entryValue(e, id.pos(), parts.get(used - 1));
        for (int k = used; k < parts.size(); k++) c = member(c, parts.get(k), id.pos());
        return c;
    }

    private Core entryValue(Entry e, Pos pos, String name) {
        return switch (e) {
            case Entry.Value v -> new Core.Ref(v.var(), v.scheme().instantiate(level), pos);
            case Entry.NativeFn n -> nativeRef(n, pos);
            case Entry.Ctor c -> ctorValue(c.ctor(), pos);
            case Entry.Special s -> special(s.name(), pos);
            case Entry.Module m -> throw new CompileError(pos, "'" + name + "' is a module, not a value");
        };
    }

    private Core nativeRef(Entry.NativeFn n, Pos pos) {
        Native fn = n.fn() != null ? n.fn() : n.floatVariant();
        Type t = SignatureParser.parse(fn.signature(), level);
        trackConstrained(t);
        return new Core.NativeRef(fn, t, pos);
    }

    private void trackConstrained(Type t) {
        t = Type.prune(t);
        switch (t) {
            case Type.Var v -> {
                if (v.constraint != Type.Constraint.NONE) constrained.add(v);
            }
            case Type.Con c -> c.args().forEach(this::trackConstrained);
            case Type.Fun f -> {
                trackConstrained(f.from());
                trackConstrained(f.to());
            }
            case Type.Tuple tu -> tu.items().forEach(this::trackConstrained);
        }
    }

    private Core callNative(String name, List<Core> args, Pos pos) {
        Native fn = library.lookup(name);
        Type t = SignatureParser.parse(fn.signature(), level);
        Type result = t;
        for (Core a : args) {
            Type.Fun f = (Type.Fun) Type.prune(result);
            unify(f.from(), a.type(), pos);
            result = f.to();
        }
        return new Core.App(new Core.NativeRef(fn, t, pos), args, result, pos);
    }

    /** A constructor used as a value: nullary cases are values, others become functions of their fields. */
    private Core ctorValue(TypeDecl.Case c, Pos pos) {
        Map<Type.Var, Type> fresh = instantiation(c.owner());
        Type result = Builtins.typeOf(c.owner(), c.owner().params.stream().map(fresh::get).toList());
        if (c.fieldTypes().isEmpty()) return new Core.Ctor(c, List.of(), result, pos);
        List<Type> fields = c.fieldTypes().stream().map(f -> Scheme.substitute(f, fresh)).toList();
        Type arg = fields.size() == 1 ? fields.get(0) : new Type.Tuple(fields);
        Var p = new Var("_c" + (temps++), arg, false);
        Core ref = new Core.Ref(p, arg, pos);
        List<Core> args = new ArrayList<>();
        if (fields.size() == 1) args.add(ref);
        else for (int k = 0; k < fields.size(); k++) args.add(tupleItem(ref, k, fields.get(k), pos));
        return new Core.Lambda(List.of(p), new Core.Ctor(c, args, result, pos), new Type.Fun(arg, result), c.name(), pos);
    }

    private Core tupleItem(Core tuple, int index, Type t, Pos pos) {
        Var item = new Var("_t" + (temps++), t, false);
        List<CPat> items = new ArrayList<>();
        int n = ((Type.Tuple) Type.prune(tuple.type())).items().size();
        for (int k = 0; k < n; k++) items.add(k == index ? new CPat.Bind(item, new CPat.Wild()) : new CPat.Wild());
        return new Core.Match(tuple, List.of(new Core.Clause(new CPat.Tuple(items), null, new Core.Ref(item, t, pos))), t, pos);
    }

    private Map<Type.Var, Type> instantiation(TypeDecl d) {
        Map<Type.Var, Type> fresh = new HashMap<>();
        for (Type.Var v : d.params) fresh.put(v, new Type.Var(level));
        return fresh;
    }

    /** Functions the checker builds itself, used as values (e.g. {@code List.map string xs}). */
    private Core special(String name, Pos pos) {
        switch (name) {
            case "Math.PI" -> { return new Core.Lit(Math.PI, Type.FLOAT); }
            case "Math.E" -> { return new Core.Lit(Math.E, Type.FLOAT); }
            case "nan" -> { return new Core.Lit(Double.NaN, Type.FLOAT); }
            case "infinity" -> { return new Core.Lit(Double.POSITIVE_INFINITY, Type.FLOAT); }
            case "Env.args" -> { return callNative("Env.getArgs", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos); }
            case "List.empty" -> { return new Core.Lit(FList.NIL, Type.list(new Type.Var(level))); }
            case "Array.empty" -> { return new Core.Op(Prim.ARRAY, List.of(), Type.array(new Type.Var(level)), pos); }
            case "Map.empty" -> { return callNative("Map.ofList", List.of(new Core.Lit(FList.NIL, Type.list(new Type.Var(level)))), pos); }
            case "Set.empty" -> { return callNative("Set.ofList", List.of(new Core.Lit(FList.NIL, Type.list(new Type.Var(level)))), pos); }
            case "Seq.empty" -> { return callNative("Seq.empty", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos); }
            default -> { }
        }
        if (name.endsWith("printfn") || name.endsWith("printf") || name.equals("failwithf")) {
            throw new CompileError(pos, "'" + name + "' must be applied to a literal format string");
        }
        Type arg = new Type.Var(level);
        Var p = new Var("_x" + (temps++), arg, false);
        Core body = applySpecial(name, List.of(new Core.Ref(p, arg, pos)), pos);
        return new Core.Lambda(List.of(p), body, new Type.Fun(arg, body.type()), name, pos);
    }

    /** A special function applied to its one argument. */
    private Core applySpecial(String name, List<Core> args, Pos pos) {
        Core x = args.get(0);
        return switch (name) {
            case "failwith" -> {
                unify(Type.STRING, x.type(), pos);
                yield new Core.Fail(x, new Type.Var(level), pos);
            }
            case "raise" -> {
                unify(Type.EXN, x.type(), pos);
                yield new Core.Op(Prim.RAISE, List.of(x), new Type.Var(level), pos);
            }
            case "not" -> {
                unify(Type.BOOL, x.type(), pos);
                yield new Core.Op(Prim.NOT, List.of(x), Type.BOOL, pos);
            }
            case "ignore" -> new Core.Seq(x, new Core.Lit(Unit.VALUE, Type.UNIT), Type.UNIT);
            case "id" -> x;
            case "ref" -> new Core.Record(Builtins.REF, List.of(x), Type.ref(x.type()), pos);
            case "string" -> callNative("string", args, pos);
            case "abs" -> {
                Type.Var t = constrainedVar(Type.Constraint.NUMERIC);
                unify(t, x.type(), pos);
                yield new Core.App(new Core.NativeRef(library.lookup("abs"), new Type.Fun(t, t), pos), args, t, pos);
            }
            case "int", "int64" -> convert(x, Prim.TO_INT, Type.INT, "Convert.toInt", pos);
            case "double" -> convert(x, Prim.TO_FLOAT, Type.FLOAT, "Convert.toFloat", pos);
            case "float" -> convert(x, Prim.TO_FLOAT, Type.FLOAT, "Convert.toFloat", pos);
            case "char" -> convert(x, Prim.TO_CHAR, Type.CHAR, null, pos);
            default -> throw new CompileError(pos, "'" + name + "' cannot be used here");
        };
    }

    /** int/float/char conversions: from strings through natives, between numbers and chars by instructions. */
    private Core convert(Core x, Prim op, Type to, String fromString, Pos pos) {
        Type from = Type.prune(x.type());
        if (from instanceof Type.Var v && v.constraint == Type.Constraint.NONE) {
            unify(Type.INT, from, pos);
            from = Type.INT;
        }
        if (from.equals(Type.STRING)) {
            if (fromString == null) throw new CompileError(pos, "The type 'string' does not support a conversion to '" + to + "'");
            return callNative(fromString, List.of(x), pos);
        }
        if (!(from instanceof Type.Var) && !from.equals(Type.INT) && !from.equals(Type.FLOAT) && !from.equals(Type.CHAR)) {
            throw new CompileError(pos, "The type '" + from + "' does not support a conversion to '" + to + "'");
        }
        return new Core.Op(op, List.of(x), to, pos);
    }

    /** {@code value.Name}: record fields, and the properties of strings, arrays, lists, options and refs. */
    private Core member(Core target, String name, Pos pos) {
        Type t = Type.prune(target.type());
        if (t instanceof Type.Var && fieldOwners.containsKey(name)) {
            TypeDecl.Record rec = last(fieldOwners.get(name));
            unify(Builtins.typeOf(rec, rec.params.stream().map(p -> (Type) new Type.Var(level)).toList()), t, pos);
            t = Type.prune(t);
        }
        if (t instanceof Type.Con c) {
            TypeDecl d = Builtins.declOf(c);
            if (d instanceof TypeDecl.Record rec) {
                String field = name.equals("Value") && rec == Builtins.REF ? "contents" : name;
                int index = rec.indexOf(field);
                if (index >= 0) return new Core.GetField(target, index, fieldType(rec, c, index), pos);
            }
            String property = c.name() + "." + name;
            switch (property) {
                case "string.Length" -> { return callNative("String.length", List.of(target), pos); }
                case "array.Length" -> { return new Core.Op(Prim.ALEN, List.of(target), Type.INT, pos); }
                case "list.Length" -> { return callNative("List.length", List.of(target), pos); }
                case "list.Head" -> { return callNative("List.head", List.of(target), pos); }
                case "list.Tail" -> { return callNative("List.tail", List.of(target), pos); }
                case "list.IsEmpty" -> { return callNative("List.isEmpty", List.of(target), pos); }
                case "option.Value" -> { return callNative("Option.get", List.of(target), pos); }
                case "option.IsSome" -> { return callNative("Option.isSome", List.of(target), pos); }
                case "option.IsNone" -> { return callNative("Option.isNone", List.of(target), pos); }
                case "exn.Message" -> { return callNative("Exn.message", List.of(target), pos); }
                default -> { }
            }
            if (c.name().equals("string") && library.lookup("String." + name) != null) {
                return memberFunction("String." + name, target, pos);
            }
        }
        if (t instanceof Type.Var) {
            throw new CompileError(pos, "Lookup on object of indeterminate type based on information prior to this program point. A type annotation may be needed to resolve '" + name + "'");
        }
        throw new CompileError(pos, "The type '" + t + "' does not define the field, constructor or member '" + name + "'.");
    }

    /** A method of a string ({@code s.ToUpper}): the native {@code String.ToUpper} partially applied to s. */
    private Core memberFunction(String nativeName, Core target, Pos pos) {
        Native fn = library.lookup(nativeName);
        Type t = SignatureParser.parse(fn.signature(), level);
        Type.Fun f = (Type.Fun) t;
        unify(f.from(), target.type(), pos);
        return new Core.App(new Core.NativeRef(fn, t, pos), List.of(target), f.to(), pos);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static Type fieldType(TypeDecl.Record rec, Type.Con instance, int index) {
        Map<Type.Var, Type> map = new HashMap<>();
        for (int k = 0; k < rec.params.size(); k++) map.put(rec.params.get(k), instance.args().get(k));
        return Scheme.substitute(rec.fieldTypes.get(index), map);
    }

    private Core index(Expr.Index ix, Scope scope) {
        Core target = infer(ix.target(), scope);
        Type t = Type.prune(target.type());
        if (t instanceof Type.Con c && c.name().equals("string")) {
            return callNative("String.get", List.of(target, check(ix.index(), Type.INT, scope)), ix.pos());
        }
        if (t instanceof Type.Con c && c.name().equals("list")) {
            return callNative("List.item", List.of(check(ix.index(), Type.INT, scope), target), ix.pos());
        }
        if (t instanceof Type.Con c && c.name().equals("Map")) {
            return callNative("Map.find", List.of(infer(ix.index(), scope), target), ix.pos());
        }
        Type elem = new Type.Var(level);
        unify(Type.array(elem), t, ix.target().pos());
        return new Core.Op(Prim.AGET, List.of(target, check(ix.index(), Type.INT, scope)), elem, ix.pos());
    }

    // ------------------------------------------------------------------------------------------ application

    private Core application(Expr.App app, Scope scope) {
        List<Expr> argExprs = new ArrayList<>();
        Expr fn = app;
        while (fn instanceof Expr.App a) {
            argExprs.add(0, a.arg());
            fn = a.fn();
        }
        if (fn instanceof Expr.Ident id && id.parts().size() == 1 && scope.lookup(id.parts().get(0)) instanceof Entry.Special s) {
            return specialApplication(s.name(), argExprs, scope, fn.pos());
        }
        if (fn instanceof Expr.Ident id && scope.lookup(id.parts().get(0)) instanceof Entry.Ctor
                || fn instanceof Expr.Ident id2 && ctorOf(id2, scope) != null) {
            TypeDecl.Case c = ctorOf((Expr.Ident) fn, scope);
            if (c != null && !c.fieldTypes().isEmpty()) {
                Core ctor = construct(c, argExprs.get(0), scope, fn.pos());
                return applyAll(ctor, argExprs.subList(1, argExprs.size()), scope, fn.pos());
            }
        }
        if (fn instanceof Expr.Ident id && id.parts().size() >= 2) {
            Core method = method(id, argExprs.get(0), scope);
            if (method != null) return applyAll(method, argExprs.subList(1, argExprs.size()), scope, fn.pos());
        }
        if (fn instanceof Expr.Dot dot) {
            Core target = infer(dot.target(), scope);
            Core method = stringMethod(target, dot.member(), argExprs.get(0), scope, dot.pos());
            if (method != null) return applyAll(method, argExprs.subList(1, argExprs.size()), scope, fn.pos());
            return applyAll(member(target, dot.member(), dot.pos()), argExprs, scope, fn.pos());
        }
        Core f = infer(fn, scope);
        return applyAll(f, argExprs, scope, fn.pos());
    }

    /** {@code s.Substring(1, 2)}: a method of a string value, the native {@code String.Substring/2}. */
    private Core method(Expr.Ident id, Expr arg, Scope scope) {
        List<String> parts = id.parts();
        if (!(scope.lookup(parts.get(0)) instanceof Entry.Value)) return null;
        Core target = infer(new Expr.Ident(id.pos(), parts.subList(0, parts.size() - 1)), scope);
        return stringMethod(target, last(parts), arg, scope, id.pos());
    }

    private Core stringMethod(Core target, String name, Expr arg, Scope scope, Pos pos) {
        if (!Type.prune(target.type()).equals(Type.STRING)) return null;
        List<Expr> args = arg instanceof Expr.Tuple t ? t.items()
                : arg instanceof Expr.Const c && c.value() == Unit.VALUE ? List.of() : List.of(arg);
        String nativeName = "String." + name + "/" + args.size();
        if (library.lookup(nativeName) == null) {
            throw new CompileError(pos, "The type 'string' has no method '" + name + "' taking " + args.size() + " argument(s)");
        }
        List<Core> all = new ArrayList<>();
        all.add(target);
        if (args.isEmpty()) all.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        for (Expr a : args) all.add(infer(a, scope));
        return callNative(nativeName, all, pos);
    }

    private TypeDecl.Case ctorOf(Expr.Ident id, Scope scope) {
        Entry e = scope.lookup(id.parts().get(0));
        int k = 1;
        while (e instanceof Entry.Module m && k < id.parts().size()) e = m.members().get(id.parts().get(k++));
        if (e instanceof Entry.Ctor c && k == id.parts().size()) return c.ctor();
        if (e == null && id.parts().size() == 2 && typeNames.get(id.parts().get(0)) instanceof TypeDecl.Union u) {
            for (TypeDecl.Case c : u.cases) if (c.name().equals(id.parts().get(1))) return c;
        }
        return null;
    }

    private Core construct(TypeDecl.Case c, Expr arg, Scope scope, Pos pos) {
        Map<Type.Var, Type> fresh = instantiation(c.owner());
        Type result = Builtins.typeOf(c.owner(), c.owner().params.stream().map(fresh::get).toList());
        List<Type> fields = c.fieldTypes().stream().map(f -> Scheme.substitute(f, fresh)).toList();
        List<Core> args = new ArrayList<>();
        if (fields.size() > 1 && arg instanceof Expr.Tuple t && t.items().size() == fields.size()) {
            for (int k = 0; k < fields.size(); k++) args.add(check(t.items().get(k), fields.get(k), scope));
        } else if (fields.size() == 1) {
            args.add(check(arg, fields.get(0), scope));
        } else {
            Core tuple = check(arg, new Type.Tuple(fields), scope);
            for (int k = 0; k < fields.size(); k++) args.add(tupleItem(tuple, k, fields.get(k), pos));
        }
        return new Core.Ctor(c, args, result, pos);
    }

    private Core applyAll(Core f, List<Expr> argExprs, Scope scope, Pos pos) {
        if (argExprs.isEmpty()) return f;
        List<Core> args = new ArrayList<>();
        Type t = f.type();
        for (Expr a : argExprs) {
            Core arg = infer(a, scope);
            Type result = new Type.Var(level);
            Type pt = Type.prune(t);
            if (pt instanceof Type.Fun fun) {
                unify(fun.from(), arg.type(), a.pos());
                result = fun.to();
            } else if (!Unifier.tryUnify(pt, new Type.Fun(arg.type(), result))) {
                throw new CompileError(a.pos(), "This value is not a function and cannot be applied (its type is '" + pt + "')");
            }
            args.add(arg);
            t = result;
        }
        return app(f, args, t, pos);
    }

    /** Builds an application, merging it into an inner partial application so calls can be direct. */
    private Core app(Core f, List<Core> args, Type t, Pos pos) {
        if (f instanceof Core.App inner && !(inner.fn() instanceof Core.Lambda)) {
            List<Core> all = new ArrayList<>(inner.args());
            all.addAll(args);
            return new Core.App(inner.fn(), all, t, pos);
        }
        return new Core.App(f, args, t, pos);
    }

    private Core specialApplication(String name, List<Expr> argExprs, Scope scope, Pos pos) {
        int kind = switch (name) {
            case "printf" -> Core.PRINTF;
            case "printfn" -> Core.PRINTFN;
            case "eprintf" -> Core.EPRINTF;
            case "eprintfn" -> Core.EPRINTFN;
            case "sprintf" -> Core.SPRINTF;
            case "failwithf" -> Core.FAILWITHF;
            default -> Integer.MIN_VALUE;
        };
        if (kind != Integer.MIN_VALUE) return format(kind, name, argExprs, scope, pos);
        Core first = infer(argExprs.get(0), scope);
        Core result = applySpecial(name, List.of(first), pos);
        return applyAll(result, argExprs.subList(1, argExprs.size()), scope, pos);
    }

    /** printf-family calls: the format literal fixes the argument types; missing arguments make a function. */
    private Core format(int kind, String name, List<Expr> argExprs, Scope scope, Pos pos) {
        if (!(argExprs.get(0) instanceof Expr.Const c) || !(c.value() instanceof String fmt)) {
            throw new CompileError(argExprs.get(0).pos(), "'" + name + "' must be applied to a literal format string");
        }
        FormatString parsed;
        try {
            parsed = FormatString.parse(fmt);
        } catch (FormatException e) {
            throw new CompileError(argExprs.get(0).pos(), "Bad format string: " + e.getMessage());
        }
        List<Type> holes = new ArrayList<>();
        for (FormatString.Hole h : parsed.holes()) {
            holes.add(switch (h.kind()) {
                case INT -> Type.INT;
                case FLOAT -> Type.FLOAT;
                case STRING -> Type.STRING;
                case CHAR -> Type.CHAR;
                case BOOL -> Type.BOOL;
                case ANY -> new Type.Var(level);
            });
        }
        Type result = kind == Core.SPRINTF ? Type.STRING : kind == Core.FAILWITHF ? new Type.Var(level) : Type.UNIT;
        List<Core> args = new ArrayList<>();
        int given = Math.min(argExprs.size() - 1, holes.size());
        for (int k = 0; k < given; k++) args.add(check(argExprs.get(k + 1), holes.get(k), scope));
        List<Var> missing = new ArrayList<>();
        for (int k = given; k < holes.size(); k++) {
            Var v = new Var("_f" + (temps++), holes.get(k), false);
            missing.add(v);
            args.add(new Core.Ref(v, v.type, pos));
        }
        Core call = new Core.Format(kind, fmt, args, result, pos);
        if (!missing.isEmpty()) {
            Type t = result;
            for (int k = missing.size() - 1; k >= 0; k--) t = new Type.Fun(missing.get(k).type, t);
            return new Core.Lambda(missing, call, t, name, pos);
        }
        return applyAll(call, argExprs.subList(1 + given, argExprs.size()), scope, pos);
    }

    // ------------------------------------------------------------------------------------------ operators

    private Core binary(Expr.Binary b, Scope scope) {
        String op = b.op();
        Pos pos = b.pos();
        switch (op) {
            case "&&", "||" -> {
                Core l = check(b.left(), Type.BOOL, scope);
                Core r = check(b.right(), Type.BOOL, scope);
                return op.equals("&&") ? new Core.If(l, r, new Core.Lit(false, Type.BOOL), Type.BOOL)
                        : new Core.If(l, new Core.Lit(true, Type.BOOL), r, Type.BOOL);
            }
            case "|>" -> {
                Core arg = infer(b.left(), scope);
                Core f = pipelineTarget(b.right(), arg.type(), scope);
                return applyCore(f, arg, b.right().pos(), pos);
            }
            case "<|" -> {
                Core f = infer(b.left(), scope);
                Core arg = infer(b.right(), scope);
                return applyCore(f, arg, b.right().pos(), pos);
            }
            case ">>", "<<" -> {
                Core f = infer(op.equals(">>") ? b.left() : b.right(), scope);
                Core g = infer(op.equals(">>") ? b.right() : b.left(), scope);
                Type a = new Type.Var(level);
                Var x = new Var("_x" + (temps++), a, false);
                Core inner = applyCore(f, new Core.Ref(x, a, pos), pos, pos);
                Core outer = applyCore(g, inner, pos, pos);
                return new Core.Lambda(List.of(x), outer, new Type.Fun(a, outer.type()), "compose", pos);
            }
            case "::" -> {
                Core head = infer(b.left(), scope);
                Core tail = check(b.right(), Type.list(head.type()), scope);
                return new Core.Op(Prim.CONS, List.of(head, tail), tail.type(), pos);
            }
            case "@" -> {
                return callNative("List.append", List.of(infer(b.left(), scope), infer(b.right(), scope)), pos);
            }
            case "^" -> {
                Core l = check(b.left(), Type.STRING, scope);
                Core r = check(b.right(), Type.STRING, scope);
                return new Core.Op(Prim.CONCAT, List.of(l, r), Type.STRING, pos);
            }
            default -> { }
        }
        Prim prim = switch (op) {
            case "+" -> Prim.ADD;
            case "-" -> Prim.SUB;
            case "*" -> Prim.MUL;
            case "/" -> Prim.DIV;
            case "%" -> Prim.MOD;
            case "**" -> Prim.POW;
            case "&&&" -> Prim.BAND;
            case "|||" -> Prim.BOR;
            case "^^^" -> Prim.BXOR;
            case "<<<" -> Prim.SHL;
            case ">>>" -> Prim.SHR;
            case "=" -> Prim.EQ;
            case "<>" -> Prim.NE;
            case "<" -> Prim.LT;
            case "<=" -> Prim.LE;
            case ">" -> Prim.GT;
            case ">=" -> Prim.GE;
            default -> null;
        };
        if (prim == null) {
            Entry e = scope.lookup(op);
            if (e == null) throw new CompileError(pos, "The operator '" + op + "' is not defined.");
            Core f = entryValue(e, pos, op);
            return applyAll(f, List.of(b.left(), b.right()), scope, pos);
        }
        Core l = infer(b.left(), scope);
        Core r = infer(b.right(), scope);
        Type.Constraint constraint = switch (prim) {
            case ADD -> Type.Constraint.ADDABLE;
            case SUB, MUL, DIV, MOD -> Type.Constraint.NUMERIC;
            case BAND, BOR, BXOR -> Type.Constraint.INTEGER;
            default -> Type.Constraint.NONE;
        };
        switch (prim) {
            case POW -> {
                unify(Type.FLOAT, l.type(), b.left().pos());
                unify(Type.FLOAT, r.type(), b.right().pos());
                return new Core.Op(prim, List.of(l, r), Type.FLOAT, pos);
            }
            case SHL, SHR -> {
                unify(Type.INT, l.type(), b.left().pos());
                unify(Type.INT, r.type(), b.right().pos());
                return new Core.Op(prim, List.of(l, r), Type.INT, pos);
            }
            case EQ, NE, LT, LE, GT, GE -> {
                unify(l.type(), r.type(), b.right().pos());
                if (Type.prune(l.type()) instanceof Type.Fun) {
                    throw new CompileError(pos, "The type '" + Type.prune(l.type()) + "' does not support the '" + (prim == Prim.EQ || prim == Prim.NE ? "equality" : "comparison") + "' constraint because it is a function type");
                }
                return new Core.Op(prim, List.of(l, r), Type.BOOL, pos);
            }
            default -> {
                Type.Var v = constrainedVar(constraint);
                if (!Unifier.tryUnify(v, l.type())) {
                    throw new CompileError(b.left().pos(), "The type '" + Type.prune(l.type()) + "' does not support the operator '" + op + "'");
                }
                unify(l.type(), r.type(), b.right().pos());
                return new Core.Op(prim, List.of(l, r), l.type(), pos);
            }
        }
    }

    /**
     * The function of {@code x |> g a b}. As in F#, the type of x is known before g's arguments are checked, so a
     * lambda among them sees its parameter types ({@code xs |> List.map (fun s -> s.Length)}).
     */
    private Core pipelineTarget(Expr target, Type argType, Scope scope) {
        if (!(target instanceof Expr.App app)) return infer(target, scope);
        List<Expr> args = new ArrayList<>();
        Expr fn = app;
        while (fn instanceof Expr.App a) {
            args.add(0, a.arg());
            fn = a.fn();
        }
        if (!(fn instanceof Expr.Ident id) || !(scope.lookup(id.parts().get(0)) instanceof Entry.NativeFn
                || scope.lookup(id.parts().get(0)) instanceof Entry.Module || scope.lookup(id.parts().get(0)) instanceof Entry.Value)
                || ctorOf(id, scope) != null || id.parts().size() > 1 && scope.lookup(id.parts().get(0)) instanceof Entry.Value) {
            return infer(target, scope);
        }
        Core f = infer(fn, scope);
        Type expected = new Type.Fun(argType, new Type.Var(level));
        for (int k = args.size() - 1; k >= 0; k--) expected = new Type.Fun(new Type.Var(level), expected);
        Unifier.tryUnify(f.type(), expected);
        return applyAll(f, args, scope, app.pos());
    }

    private Core applyCore(Core f, Core arg, Pos argPos, Pos pos) {
        Type result = new Type.Var(level);
        Type ft = Type.prune(f.type());
        if (ft instanceof Type.Fun fun) {
            unify(fun.from(), arg.type(), argPos);
            result = fun.to();
        } else if (!Unifier.tryUnify(ft, new Type.Fun(arg.type(), result))) {
            throw new CompileError(pos, "This value is not a function and cannot be applied (its type is '" + ft + "')");
        }
        return app(f, List.of(arg), result, pos);
    }

    private Core unary(Expr.Unary u, Scope scope) {
        Core x = infer(u.operand(), scope);
        if (u.op().equals("~~~")) {
            unify(Type.INT, x.type(), u.operand().pos());
            return new Core.Op(Prim.BNOT, List.of(x), Type.INT, u.pos());
        }
        Type.Var v = constrainedVar(Type.Constraint.NUMERIC);
        if (!Unifier.tryUnify(v, x.type())) {
            throw new CompileError(u.operand().pos(), "The type '" + Type.prune(x.type()) + "' does not support the operator '-'");
        }
        return new Core.Op(Prim.NEG, List.of(x), x.type(), u.pos());
    }

    // ------------------------------------------------------------------------------------------ data

    private Core listOf(List<Expr> items, Scope scope) {
        Type elem = new Type.Var(level);
        List<Core> cores = items.stream().map(i -> check(i, elem, scope)).toList();
        Type t = Type.list(elem);
        Core out = new Core.Lit(FList.NIL, t);
        for (int k = cores.size() - 1; k >= 0; k--) out = new Core.Op(Prim.CONS, List.of(cores.get(k), out), t, null);
        return out;
    }

    private Core range(Expr.Range r, Scope scope) {
        Core from = check(r.from(), Type.INT, scope);
        Core step = r.step() == null ? new Core.Lit(1L, Type.INT) : check(r.step(), Type.INT, scope);
        Core to = check(r.to(), Type.INT, scope);
        return callNative(r.array() ? "Range.array" : "Range.list", List.of(from, step, to), r.pos());
    }

    /** {@code [ for ... yield ... ]}: a builder collects what the body yields, in order. */
    private Core comprehension(Expr.Comprehension c, Scope scope) {
        Type elem = new Type.Var(level);
        Type builderType = new Type.Con("builder", List.of(elem));
        Var saved = builder;
        Var b = new Var("_builder" + (temps++), builderType, false);
        builder = b;
        Core body;
        try {
            body = infer(c.body(), scope);
        } finally {
            builder = saved;
        }
        Core make = callNative("Builder.create", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), c.pos());
        unify(builderType, make.type(), c.pos());
        Core result = callNative(c.array() ? "Builder.toArray" : "Builder.toList", List.of(new Core.Ref(b, builderType, c.pos())), c.pos());
        Core run = new Core.Seq(body, result, result.type());
        return new Core.Let(b, make, run, run.type());
    }

    private Core forIn(Expr.ForIn f, Scope scope) {
        Core seq = infer(f.seq(), scope);
        Type t = Type.prune(seq.type());
        Type elem = new Type.Var(level);
        boolean array;
        if (t instanceof Type.Con c && c.name().equals("array")) {
            array = true;
            unify(Type.array(elem), t, f.seq().pos());
        } else if (t instanceof Type.Con c && (c.name().equals("Map") || c.name().equals("Set"))) {
            seq = callNative(c.name() + ".toList", List.of(seq), f.seq().pos());
            array = false;
            unify(Type.list(elem), seq.type(), f.seq().pos());
        } else if (enumerated(t)) {
            array = false;
            unify(t.equals(Type.STRING) ? Type.CHAR : elem, elem, f.seq().pos());
            if (!t.equals(Type.STRING)) unify(new Type.Con("seq", List.of(elem)), t, f.seq().pos());
        } else {
            array = false;
            unify(Type.list(elem), t, f.seq().pos());
        }
        Scope inner = scope.child();
        Var v;
        CPat pat = null;
        if (f.pattern() instanceof Pattern.Var pv) {
            v = new Var(pv.name(), elem, false);
            inner.define(pv.name(), new Entry.Value(v, Scheme.mono(elem)));
        } else {
            v = new Var("_e" + (temps++), elem, false);
            Map<String, Var> bound = new LinkedHashMap<>();
            scopeForPatterns = scope;
            pat = pattern(f.pattern(), elem, bound, null, false, "");
            for (Var b : bound.values()) inner.define(b.name, new Entry.Value(b, Scheme.mono(b.type)));
        }
        Core body = loopBody(f.body(), inner);
        if (pat != null) {
            body = new Core.Match(new Core.Ref(v, elem, f.pos()), List.of(new Core.Clause(pat, null, body)), Type.UNIT, f.pos());
        }
        if (enumerated(t)) return enumerate(v, seq, body, f.pos());
        return new Core.ForEach(v, array, seq, body, Type.UNIT, f.pos());
    }

    /** Sequences and strings are enumerated by {@code for}, as F# enumerates any IEnumerable. */
    private static boolean enumerated(Type t) {
        return t.equals(Type.STRING) || t instanceof Type.Con c && c.name().equals("seq");
    }

    /**
     * {@code for v in s do body} over a sequence, as F# compiles it: {@code let e = s.GetEnumerator() in try while
     * e.MoveNext() do (let v = e.Current in body) finally e.Dispose()}, with the natives Seq.enumerate,
     * Seq.moveNext, Seq.current and Seq.dispose.
     */
    private Core enumerate(Var v, Core seq, Core body, Pos pos) {
        Type enumerator = new Type.Con("enumerator", List.of(v.type));
        Core start = new Core.App(new Core.NativeRef(library.lookup("Seq.enumerate"), new Type.Fun(seq.type(), enumerator), pos),
                List.of(seq), enumerator, pos);
        Var e = new Var("_enumerator" + (temps++), enumerator, false);
        Core ref = new Core.Ref(e, enumerator, pos);
        Core step = new Core.While(callNative("Seq.moveNext", List.of(ref), pos),
                new Core.Let(v, callNative("Seq.current", List.of(ref), pos), body, Type.UNIT), Type.UNIT);
        Core loop = new Core.TryFinally(step, callNative("Seq.dispose", List.of(ref), pos), Type.UNIT, pos);
        return new Core.Let(e, start, loop, Type.UNIT);
    }

    private TypeDecl.Record recordFor(List<Expr.FieldInit> fields, Pos pos) {
        List<TypeDecl.Record> owners = fieldOwners.get(fields.get(0).field());
        if (owners == null) throw new CompileError(fields.get(0).pos(), "The record label '" + fields.get(0).field() + "' is not defined.");
        for (int k = owners.size() - 1; k >= 0; k--) {
            TypeDecl.Record r = owners.get(k);
            if (fields.stream().allMatch(f -> r.indexOf(f.field()) >= 0)) return r;
        }
        throw new CompileError(pos, "No record type has all the fields " + fields.stream().map(Expr.FieldInit::field).toList());
    }

    private Core record(Expr.Record r, Scope scope) {
        TypeDecl.Record rec = recordFor(r.fields(), r.pos());
        Map<Type.Var, Type> fresh = instantiation(rec);
        Type t = Builtins.typeOf(rec, rec.params.stream().map(fresh::get).toList());
        Core[] values = new Core[rec.fieldNames.size()];
        for (Expr.FieldInit f : r.fields()) {
            int index = rec.indexOf(f.field());
            if (values[index] != null) throw new CompileError(f.pos(), "The field '" + f.field() + "' appears twice in this record expression");
            values[index] = check(f.value(), Scheme.substitute(rec.fieldTypes.get(index), fresh), scope);
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) throw new CompileError(r.pos(), "No assignment given for field '" + rec.fieldNames.get(k) + "' of type '" + rec.name + "'");
        }
        return new Core.Record(rec, List.of(values), t, r.pos());
    }

    private Core recordUpdate(Expr.RecordUpdate u, Scope scope) {
        Core source = infer(u.source(), scope);
        TypeDecl.Record rec = Builtins.declOf(source.type()) instanceof TypeDecl.Record r ? r : recordFor(u.fields(), u.pos());
        Map<Type.Var, Type> fresh = instantiation(rec);
        Type t = Builtins.typeOf(rec, rec.params.stream().map(fresh::get).toList());
        unify(t, source.type(), u.source().pos());
        Var tmp = new Var("_r" + (temps++), t, false);
        Core[] values = new Core[rec.fieldNames.size()];
        for (Expr.FieldInit f : u.fields()) {
            int index = rec.indexOf(f.field());
            if (index < 0) throw new CompileError(f.pos(), "The record type '" + rec.name + "' has no field '" + f.field() + "'");
            values[index] = check(f.value(), Scheme.substitute(rec.fieldTypes.get(index), fresh), scope);
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) {
                values[k] = new Core.GetField(new Core.Ref(tmp, t, u.pos()), k, Scheme.substitute(rec.fieldTypes.get(k), fresh), u.pos());
            }
        }
        return new Core.Let(tmp, source, new Core.Record(rec, List.of(values), t, u.pos()), t);
    }

    private Core assign(Expr.Assign a, Scope scope) {
        Expr target = a.target();
        if (target instanceof Expr.Ident id && id.parts().size() == 1) {
            Entry e = scope.lookup(id.parts().get(0));
            if (!(e instanceof Entry.Value v)) throw new CompileError(a.pos(), "The value '" + id.parts().get(0) + "' is not defined.");
            if (!v.var().mutable) throw new CompileError(a.pos(), "This value is not mutable. Consider using the mutable keyword, e.g. 'let mutable " + v.var().name + " = expression'.");
            Core value = check(a.value(), v.var().type, scope);
            return new Core.Assign(v.var(), value, Type.UNIT);
        }
        if (target instanceof Expr.Index ix) {
            Core arr = infer(ix.target(), scope);
            Type elem = new Type.Var(level);
            unify(Type.array(elem), arr.type(), ix.target().pos());
            Core i = check(ix.index(), Type.INT, scope);
            Core v = check(a.value(), elem, scope);
            return new Core.Op(Prim.ASET, List.of(arr, i, v), Type.UNIT, a.pos());
        }
        Core obj;
        String field;
        if (target instanceof Expr.Ident id) {
            obj = infer(new Expr.Ident(id.pos(), id.parts().subList(0, id.parts().size() - 1)), scope);
            field = last(id.parts());
        } else if (target instanceof Expr.Dot d) {
            obj = infer(d.target(), scope);
            field = d.member();
        } else {
            throw new CompileError(a.pos(), "Invalid assignment target");
        }
        Core get = member(obj, field, a.pos());
        if (!(get instanceof Core.GetField gf)) throw new CompileError(a.pos(), "'" + field + "' cannot be assigned to");
        TypeDecl.Record rec = (TypeDecl.Record) Builtins.declOf(obj.type());
        if (!rec.mutable.get(gf.index())) throw new CompileError(a.pos(), "This field is not mutable: '" + field + "'");
        Core value = check(a.value(), gf.type(), scope);
        return new Core.SetField(obj, gf.index(), value, Type.UNIT, a.pos());
    }

    private Core interpolated(Expr.Interp i, Scope scope) {
        Core out = null;
        for (Object part : i.parts()) {
            Core piece = part instanceof String s ? new Core.Lit(s, Type.STRING) : toText(infer((Expr) part, scope), ((Expr) part).pos());
            out = out == null ? piece : new Core.Op(Prim.CONCAT, List.of(out, piece), Type.STRING, i.pos());
        }
        return out == null ? new Core.Lit("", Type.STRING) : out;
    }

    private Core toText(Core c, Pos pos) {
        if (Type.prune(c.type()).equals(Type.STRING)) return c;
        return callNative("string", List.of(c), pos);
    }

    // ------------------------------------------------------------------------------------------ match and patterns

    private Core match(Core scrutinee, List<Expr.Case> cases, Scope scope, Pos pos) {
        Type result = new Type.Var(level);
        List<Core.Clause> clauses = new ArrayList<>();
        for (Expr.Case c : cases) {
            Map<String, Var> bound = new LinkedHashMap<>();
            scopeForPatterns = scope;
            CPat pat = pattern(c.pattern(), scrutinee.type(), bound, null, false, "");
            Scope inner = scope.child();
            for (Var v : bound.values()) inner.define(v.name, new Entry.Value(v, Scheme.mono(v.type)));
            Core guard = c.guard() == null ? null : check(c.guard(), Type.BOOL, inner);
            Core body = check(c.body(), result, inner);
            clauses.add(new Core.Clause(pat, guard, body));
        }
        return new Core.Match(scrutinee, clauses, result, pos);
    }

    /**
     * Checks a pattern against the type of the value it matches, collecting its variables in {@code bound}.
     * In the right side of an or-pattern, {@code orVars} holds the left side's variables, which are reused.
     */
    private CPat pattern(Pattern p, Type t, Map<String, Var> bound, Map<String, Var> orVars, boolean global, String prefix) {
        return switch (p) {
            case Pattern.Wild w -> new CPat.Wild();
            case Pattern.Var v -> bindVar(v.name(), t, bound, orVars, global, prefix, v.pos(), new CPat.Wild());
            case Pattern.Const c -> {
                Core lit = literal(c.value());
                unify(t, lit.type(), c.pos());
                yield new CPat.Lit(((Core.Lit) lit).value(), lit.type());
            }
            case Pattern.Tuple tp -> {
                List<Type> items = tp.items().stream().map(x -> (Type) new Type.Var(level)).toList();
                unify(t, new Type.Tuple(items), tp.pos());
                List<CPat> pats = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) pats.add(pattern(tp.items().get(k), items.get(k), bound, orVars, global, prefix));
                yield new CPat.Tuple(pats);
            }
            case Pattern.ListOf l -> {
                Type elem = new Type.Var(level);
                unify(t, Type.list(elem), l.pos());
                CPat out = new CPat.Nil();
                List<CPat> items = new ArrayList<>();
                for (Pattern item : l.items()) items.add(pattern(item, elem, bound, orVars, global, prefix));
                for (int k = items.size() - 1; k >= 0; k--) out = new CPat.Cons(items.get(k), out);
                yield out;
            }
            case Pattern.Cons c -> {
                Type elem = new Type.Var(level);
                unify(t, Type.list(elem), c.pos());
                CPat head = pattern(c.head(), elem, bound, orVars, global, prefix);
                yield new CPat.Cons(head, pattern(c.tail(), t, bound, orVars, global, prefix));
            }
            case Pattern.ArrayOf a -> {
                Type elem = new Type.Var(level);
                unify(t, Type.array(elem), a.pos());
                List<CPat> items = new ArrayList<>();
                for (Pattern item : a.items()) items.add(pattern(item, elem, bound, orVars, global, prefix));
                yield new CPat.Array(items);
            }
            // Map entries are iterated as key-value tuples, so KeyValue (k, v) is their tuple pattern.
            case Pattern.Ctor c when c.name().equals("KeyValue") && c.arg() instanceof Pattern.Tuple kv && kv.items().size() == 2 ->
                    pattern(kv, t, bound, orVars, global, prefix);
            case Pattern.Ctor c -> ctorPattern(c, t, bound, orVars, global, prefix);
            case Pattern.Record r -> {
                List<Expr.FieldInit> names = r.fields().stream().map(f -> new Expr.FieldInit(f.pos(), f.field(), null)).toList();
                TypeDecl.Record rec = recordFor(names, r.pos());
                Map<Type.Var, Type> fresh = instantiation(rec);
                unify(t, Builtins.typeOf(rec, rec.params.stream().map(fresh::get).toList()), r.pos());
                List<Integer> indexes = new ArrayList<>();
                List<CPat> pats = new ArrayList<>();
                for (Pattern.FieldPat f : r.fields()) {
                    int index = rec.indexOf(f.field());
                    indexes.add(index);
                    pats.add(pattern(f.pattern(), Scheme.substitute(rec.fieldTypes.get(index), fresh), bound, orVars, global, prefix));
                }
                yield new CPat.Record(indexes, pats);
            }
            case Pattern.As as -> {
                CPat inner = pattern(as.pattern(), t, bound, orVars, global, prefix);
                yield bindVar(as.name(), t, bound, orVars, global, prefix, as.pos(), inner);
            }
            case Pattern.Or or -> {
                Map<String, Var> left = new LinkedHashMap<>();
                CPat l = pattern(or.left(), t, left, orVars, global, prefix);
                Map<String, Var> right = new LinkedHashMap<>();
                CPat r = pattern(or.right(), t, right, left, global, prefix);
                if (!left.keySet().equals(right.keySet())) {
                    throw new CompileError(or.pos(), "The two sides of this 'or' pattern bind different sets of variables");
                }
                bound.putAll(left);
                yield new CPat.Or(l, r);
            }
            case Pattern.Typed ty -> {
                unify(typeExpr(ty.type(), new HashMap<>(), false), t, ty.pos());
                yield pattern(ty.pattern(), t, bound, orVars, global, prefix);
            }
        };
    }

    private CPat bindVar(String name, Type t, Map<String, Var> bound, Map<String, Var> orVars, boolean global,
                         String prefix, Pos pos, CPat inner) {
        if (bound.containsKey(name)) throw new CompileError(pos, "'" + name + "' is bound twice in this pattern");
        Var v = orVars != null ? orVars.get(name) : null;
        if (v != null) unify(v.type, t, pos);
        else v = newVar(name, t, false, global, prefix);
        bound.put(name, v);
        return new CPat.Bind(v, inner);
    }

    private CPat ctorPattern(Pattern.Ctor c, Type t, Map<String, Var> bound, Map<String, Var> orVars, boolean global, String prefix) {
        List<String> parts = List.of(c.name().split("\\."));
        TypeDecl.Case ctor = ctorOf(new Expr.Ident(c.pos(), parts), scopeForPatterns);
        if (ctor == null) {
            if (c.arg() == null && parts.size() == 1) return bindVar(c.name(), t, bound, orVars, global, prefix, c.pos(), new CPat.Wild());
            throw new CompileError(c.pos(), "The pattern discriminator '" + c.name() + "' is not defined.");
        }
        Map<Type.Var, Type> fresh = instantiation(ctor.owner());
        unify(t, Builtins.typeOf(ctor.owner(), ctor.owner().params.stream().map(fresh::get).toList()), c.pos());
        List<Type> fields = ctor.fieldTypes().stream().map(f -> Scheme.substitute(f, fresh)).toList();
        List<CPat> args = new ArrayList<>();
        if (c.arg() == null || fields.isEmpty()) {
            if (c.arg() != null && !(c.arg() instanceof Pattern.Wild)) {
                throw new CompileError(c.arg().pos(), "This union case does not take arguments");
            }
            if (c.arg() == null && !fields.isEmpty()) {
                throw new CompileError(c.pos(), "This union case expects " + fields.size() + " argument(s) in tupled form");
            }
        } else if (fields.size() == 1) {
            args.add(pattern(c.arg(), fields.get(0), bound, orVars, global, prefix));
        } else if (c.arg() instanceof Pattern.Tuple tp && tp.items().size() == fields.size()) {
            for (int k = 0; k < fields.size(); k++) args.add(pattern(tp.items().get(k), fields.get(k), bound, orVars, global, prefix));
        } else if (c.arg() instanceof Pattern.Wild) {
            for (int k = 0; k < fields.size(); k++) args.add(new CPat.Wild());
        } else {
            throw new CompileError(c.arg().pos(), "This union case expects " + fields.size() + " arguments in tupled form");
        }
        return new CPat.Case(ctor, args);
    }

    /** Constructor lookups in patterns use the scope of the construct being checked. */
    private Scope scopeForPatterns;
}
