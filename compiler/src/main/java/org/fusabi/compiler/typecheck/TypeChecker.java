package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.CompileWarning;
import org.fusabi.compiler.ast.Attribute;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.compiler.ast.UserNumber;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Program;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.DistinctParts;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.Unifier;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.image.ImageLayout;
import org.fusabi.vm.value.Unit;

/**
 * The inference core of the type checker: Hindley-Milner with levels for let-generalisation over the AST,
 * producing the typed {@link Core} program. It owns declarations, let bindings, lambdas, names and application,
 * and hands the other constructs to its parts, which share its state (the current level, fresh names, the
 * variables of constrained operators): {@link Names} (what names mean, and the prelude), {@link TypeDeclarations}
 * (records, unions, written types), {@link PatternChecker}, {@link OperatorChecker}, {@link DataChecker} (lists,
 * arrays, ranges, comprehensions, records, assignment), {@link MemberChecker} (fields, properties, methods) and
 * {@link Specials} (printf and the functions the checker builds itself).
 */
public final class TypeChecker {
    final Library library;
    final Names names;
    final TypeDeclarations declarations = new TypeDeclarations(this);
    final PatternChecker patterns = new PatternChecker(this);
    final OperatorChecker operators = new OperatorChecker(this);
    final DataChecker data = new DataChecker(this);
    final AnonymousRecords anonymousRecords = new AnonymousRecords(this);
    final MemberChecker members = new MemberChecker(this);
    final Specials specials = new Specials(this);
    final StructuredDisplay display = new StructuredDisplay(this);
    final Enums enums = new Enums(this);
    final SequenceExpressions sequences = new SequenceExpressions(this);
    final ComputationExpressions computations = new ComputationExpressions(this);
    final ActivePatterns activePatterns = new ActivePatterns(this);
    final TypeMembers typeMembers = new TypeMembers(this);
    final UserMembers userMembers = new UserMembers(this);
    final Interfaces interfaces = new Interfaces(this);
    final ObjectOverriding objectOverriding = new ObjectOverriding(this);
    final Classes classes = new Classes();
    final Disposables disposables = new Disposables(this);
    final List<TypeDecl> declared = new ArrayList<>();
    private final Map<String, Var> exports = new LinkedHashMap<>();
    private final List<Type.Var> constrained = new ArrayList<>();
    /** The scope at the end of the top-level declarations: what a REPL input after them sees. */
    private Scope topScope;
    /** The recursive groups being checked, by the names of theirs whose uses they resolve. */
    final Map<Var, RecursiveValues> recursion = new java.util.IdentityHashMap<>();
    /** The group of the innermost {@code module rec} being checked, or null outside one. */
    private RecursiveValues recursiveModule;
    /** The let-nesting level: type variables created deeper than the binding being generalised are generic. */
    int level;
    private int globals;
    /** Counter for the names of compiler-made variables. */
    int temps;
    /** The exception the innermost enclosing {@code with} handler is handling, which {@code reraise ()} raises. */
    Var handledException;
    /** The builder variable of the innermost comprehension body being checked, or null outside one. */
    Var builder;
    /** Whether that comprehension yields implicitly: it has no {@code yield}, so its non-unit statements yield. */
    boolean implicitYields;

    /** Warnings for the script, in the order they were found. */
    private final List<CompileWarning> warnings = new ArrayList<>();

    public List<CompileWarning> warnings() {
        return warnings;
    }

    private void warnIfIncomplete(String message, Pos pos) {
        if (message != null) warnings.add(new CompileWarning(pos, message));
    }

    public TypeChecker(Library library) {
        this.library = library;
        this.names = new Names(library);
        names.choiceCases = activePatterns::choiceCase;
    }

    // ------------------------------------------------------------------------------------------ declarations

    public Program check(List<Decl> decls) {
        Core body = declarations(decls, 0, names.globalScope, "");
        Type.Fun mainType = new Type.Fun(Type.UNIT, body.type());
        return new Program(new Core.Lambda(List.of(), body, mainType, "<main>", new Pos(1, 1)), globals, declared, exports);
    }

    /** The names the checked program leaves in scope, for completion in the REPL. */
    public NamesInScope namesInScope() {
        return new NamesInScope(this, topScope == null ? names.globalScope : topScope);
    }

    /** Checks declarations from index i on; each binding scopes over the rest, so the result is one expression. */
    private Core declarations(List<Decl> decls, int i, Scope scope, String prefix) {
        if (i == decls.size()) {
            if (prefix.isEmpty()) topScope = scope;
            return new Core.Lit(Unit.VALUE, Type.UNIT);
        }
        Decl d = decls.get(i);
        switch (d) {
            case Decl.Let let -> {
                Scope inner = scope.child();
                List<Var> vars = new ArrayList<>();
                List<Core> values = new ArrayList<>();
                CPat pat = letBindings(let.rec(), let.bindings(), scope, inner, true, prefix, vars, values);
                if (recursiveModule != null && pat == null) bindInModule(vars, values, let.pos());
                requireResolved();
                defaultConstrained();
                for (Var v : vars) exports.put(prefix.isEmpty() ? v.name : prefix + "." + v.name, v);
                scope.absorb(inner);
                Core rest = declarations(decls, i + 1, scope, prefix);
                exportToModule(prefix, vars);
                return bindAll(let.rec(), vars, values, pat, rest, let.pos());
            }
            case Decl.Do doDecl -> {
                Core e = infer(doDecl.expr(), scope);
                if (recursiveModule != null) recursiveModule.statement(e, doDecl.pos());
                requireResolved();
                defaultConstrained();
                Core rest = declarations(decls, i + 1, scope, prefix);
                return new Core.Seq(e, rest, rest.type());
            }
            case Decl.Types types -> {
                declarations.declareTypes(types, scope, prefix);
                TypeMembers.Bindings members = typeMembers.check(types, scope, prefix);
                requireResolved();
                defaultConstrained();
                Core rest = declarations(decls, i + 1, scope, prefix);
                return enums.around(members == null ? rest : members.around(rest));
            }
            case Decl.Exception ex -> {
                TypeDecl.Union u = new TypeDecl.Union(ex.name(), true);
                List<Type> fields = new ArrayList<>();
                for (TypeExpr te : ex.fields()) fields.add(declarations.typeExpr(te, new HashMap<>(), false));
                List<String> fieldNames = new ArrayList<>();
                for (int k = 0; k < fields.size(); k++) fieldNames.add(null);
                u.cases.add(new TypeDecl.Case(u, 0, ex.name(), fields, fieldNames));
                declared.add(u);
                scope.define(ex.name(), new Entry.Ctor(u.cases.get(0)));
                if (!prefix.isEmpty()) names.module(prefix).members().put(ex.name(), new Entry.Ctor(u.cases.get(0)));
                return declarations(decls, i + 1, scope, prefix);
            }
            case Decl.Module m -> {
                String name = prefix.isEmpty() ? m.name() : prefix + "." + m.name();
                Entry.Module mod = names.module(name);
                scope.define(m.name(), mod);
                if (!prefix.isEmpty()) names.module(prefix).members().put(m.name(), mod);
                Scope inner = scope.child();
                List<Decl> all = new ArrayList<>(m.body());
                // The module body and the declarations after it form one chain, so its bindings stay live after it.
                Core body = m.rec() || recursiveModule != null ? recursiveModule(all, inner, name) : declarations(all, 0, inner, name);
                if (m.has("AutoOpen")) open(mod, scope);
                Core rest = declarations(decls, i + 1, scope, prefix);
                return new Core.Seq(body, rest, rest.type());
            }
            case Decl.Open open -> {
                if (names.opensNothing(open.path())) {
                    if ("System.Collections.Generic".equals(names.namespace(open.path()))) names.genericCollectionsOpen = true;
                    return declarations(decls, i + 1, scope, prefix);
                }
                Entry.Module m = names.modules.get(String.join(".", names.withoutNamespace(open.path())));
                if (m == null) throw new CompileError(open.pos(), "The namespace or module '" + String.join(".", open.path()) + "' is not defined.");
                open(m, scope);
                return declarations(decls, i + 1, scope, prefix);
            }
        }
    }

    /**
     * The body of a {@code module rec} (or of a module in one): its types form one group, and its lets one group of
     * recursive bindings ({@link RecursiveValues}), each name in scope from the start of the module.
     */
    private Core recursiveModule(List<Decl> body, Scope scope, String name) {
        RecursiveValues outer = recursiveModule;
        RecursiveValues group = new RecursiveValues(this, false, true, name);
        recursiveModule = group;
        try {
            List<Decl> decls = RecursiveModules.typesTogether(body);
            for (Decl d : decls) {
                if (!(d instanceof Decl.Let let)) continue;
                for (Expr.Binding b : let.bindings()) {
                    String bound = RecursiveModules.boundName(plainName(b, scope));
                    if (bound == null) continue;
                    Var stand = group.declare(bound, new Type.Var(level));
                    scope.define(bound, new Entry.Value(stand, Scheme.mono(stand.type)));
                }
            }
            Core out = declarations(decls, 0, scope, name);
            for (Map.Entry<Var, Core> lazy : group.finish().reversed()) out = new Core.Let(lazy.getKey(), lazy.getValue(), out, out.type());
            return out;
        } finally {
            recursiveModule = outer;
        }
    }

    /** Links the names a let of a {@code module rec} binds to their stand-ins, so earlier uses read them. */
    private void bindInModule(List<Var> vars, List<Core> values, Pos pos) {
        for (int k = 0; k < vars.size(); k++) {
            Var stand = recursiveModule.claim(vars.get(k).name);
            if (stand == null) continue;
            unify(schemes.get(vars.get(k)).instantiate(level), stand.type, pos);
            values.set(k, recursiveModule.bind(stand, vars.get(k), values.get(k), pos));
        }
    }

    /** Makes a module's values and types visible unqualified: {@code open M}, and an {@code [<AutoOpen>]} module after its body. */
    private void open(Entry.Module m, Scope scope) {
        for (Map.Entry<String, Entry> e : m.members().entrySet()) scope.define(e.getKey(), e.getValue());
        for (Map.Entry<String, TypeDecl> t : m.types().entrySet()) names.typeNames.put(t.getKey(), t.getValue());
    }

    private void exportToModule(String prefix, List<Var> vars) {
        if (prefix.isEmpty()) return;
        Entry.Module m = names.module(prefix);
        for (Var v : vars) ActivePatterns.define(m.members()::put, v.name, new Entry.Value(v, schemes.get(v)));
    }

    private final Map<Var, Scheme> schemes = new HashMap<>();

    /** Wraps the rest of the program (or a let body) in the bindings of one let. */
    private Core bindAll(boolean rec, List<Var> vars, List<Core> values, CPat pattern, Core body, Pos pos) {
        if (pattern != null) {
            return new Core.Match(values.get(0), List.of(new Core.Clause(pattern, null, body)), body.type(), pos);
        }
        if (rec) return recursive(vars, values, body, pos);
        Core out = body;
        for (int k = vars.size() - 1; k >= 0; k--) out = new Core.Let(vars.get(k), values.get(k), out, out.type());
        return out;
    }

    /**
     * {@code let rec} of functions and values: as F# initialises them, the functions exist first, then each value
     * is computed in the order written and assigned to its variable, which until then holds its type's default.
     */
    private Core recursive(List<Var> vars, List<Core> values, Core body, Pos pos) {
        List<Var> fnVars = new ArrayList<>();
        List<Core.Lambda> fns = new ArrayList<>();
        Core out = body;
        for (int k = vars.size() - 1; k >= 0; k--) {
            if (vars.get(k).mutable) out = new Core.Seq(new Core.Assign(vars.get(k), values.get(k), Type.UNIT), out, out.type());
        }
        for (int k = 0; k < vars.size(); k++) {
            if (vars.get(k).mutable) continue;
            fnVars.add(vars.get(k));
            fns.add((Core.Lambda) values.get(k));
        }
        if (!fns.isEmpty()) out = new Core.LetRec(fnVars, fns, out, out.type());
        for (int k = vars.size() - 1; k >= 0; k--) {
            Var v = vars.get(k);
            if (v.mutable) out = new Core.Let(v, TypeApplications.defaultValue(v.type, this, pos), out, out.type());
        }
        return out;
    }

    /**
     * Checks the bindings of a let, defining the names in {@code inner}. Fills vars/values; returns the pattern
     * when the single binding destructures ({@code let (a, b) = ...}), else null.
     */
    private CPat letBindings(boolean rec, List<Expr.Binding> bindings, Scope outer, Scope inner, boolean global,
                             String prefix, List<Var> vars, List<Core> values) {
        bindings = bindings.stream().map(b -> plainName(b, outer)).toList();
        if (rec) {
            RecursiveValues group = new RecursiveValues(this, true, global, prefix);
            List<Type> types = new ArrayList<>();
            level++;
            List<Core> raw = new ArrayList<>();
            for (Expr.Binding b : bindings) {
                String name = bindingName(b);
                Type t = new Type.Var(level);
                // A value among recursive functions is assigned once they exist, so the functions read it from a cell.
                Var v = newVar(name, t, !isFunction(b), global, prefix);
                checkGlobalCount(b.pos());
                if (!isFunction(b)) group.track(v);
                vars.add(v);
                types.add(t);
                ActivePatterns.define(inner::define, name, new Entry.Value(v, Scheme.mono(t)));
            }
            for (int k = 0; k < bindings.size(); k++) {
                Expr.Binding b = bindings.get(k);
                if (!isFunction(b)) {
                    Core value = inferBody(b, inner);
                    unify(types.get(k), value.type(), b.pos());
                    raw.add(value);
                    values.add(group.bind(vars.get(k), vars.get(k), value, b.pos()));
                    continue;
                }
                Core.Lambda fn = function(b, activePatterns.bodyScope(vars.get(k).name, inner, b.pos()), vars.get(k).name);
                unify(types.get(k), fn.type(), b.pos());
                vars.get(k).function = fn;
                raw.add(fn);
                values.add(group.bind(vars.get(k), vars.get(k), fn, b.pos()));
            }
            level--;
            for (int k = 0; k < vars.size(); k++) {
                Scheme s = isValue(raw.get(k)) ? generalize(types.get(k)) : Scheme.mono(types.get(k));
                schemes.put(vars.get(k), s);
                ActivePatterns.define(inner::define, vars.get(k).name, new Entry.Value(vars.get(k), s));
            }
            // the Lazy values the group needs are assigned first, as the values are assigned in order
            List<Map.Entry<Var, Core>> lazies = group.finish();
            for (Map.Entry<Var, Core> lazy : lazies.reversed()) {
                vars.addFirst(lazy.getKey());
                values.addFirst(lazy.getValue());
                schemes.put(lazy.getKey(), Scheme.mono(lazy.getKey().type));
            }
            return null;
        }
        for (Expr.Binding b : bindings) {
            boolean isFunction = isFunction(b);
            if (b.pattern() instanceof Pattern.Var || b.pattern() instanceof Pattern.Typed pt && pt.pattern() instanceof Pattern.Var) {
                String name = bindingName(b);
                level++;
                Core value = isFunction ? function(b, activePatterns.bodyScope(name, outer, b.pos()), name) : inferBody(b, outer);
                level--;
                Scheme s = isFunction || isValue(value) ? generalize(value.type()) : Scheme.mono(value.type());
                Var v = newVar(name, value.type(), b.mutable(), global, prefix);
                checkGlobalCount(b.pos());
                if (value instanceof Core.Lambda fn && !b.mutable()) v.function = fn;
                if (isFunction && b.has(Attribute.INLINE)) v.inlined = () -> function(b, activePatterns.bodyScope(name, outer, b.pos()), name);
                if (b.has("Literal")) v.literal = LiteralValues.constant(value, b.pos());
                schemes.put(v, s);
                ActivePatterns.define(inner::define, name, new Entry.Value(v, s));
                vars.add(v);
                values.add(value);
            } else {
                if (bindings.size() != 1) throw new CompileError(b.pos(), "Pattern bindings cannot be joined with 'and'");
                Core value = inferBody(b, outer);
                Map<String, Var> bound = new LinkedHashMap<>();
                CPat pat = patterns.bind(b.pattern(), value.type(), bound, outer, global, prefix);
                warnIfIncomplete(MatchCoverage.incomplete(pat), b.pattern().pos());
                for (Var v : bound.values()) {
                    if (b.has("Literal")) v.literal = LiteralValues.constant(value, b.pos());
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

    /**
     * {@code let ApCons = …}: a capitalised name that is no union case or literal in scope binds a value as a
     * lowercase one does (and is generalised as one), as F# has it.
     */
    Expr.Binding plainName(Expr.Binding b, Scope scope) {
        Pattern p = b.pattern() instanceof Pattern.Typed t ? t.pattern() : b.pattern();
        if (!(p instanceof Pattern.Ctor c) || c.arg() != null || c.name().contains(".")) return b;
        if (names.ctorOf(new Expr.Ident(c.pos(), List.of(c.name())), scope) != null || LiteralValues.named(List.of(c.name()), scope) != null) return b;
        Pattern name = new Pattern.Var(c.pos(), c.name());
        if (b.pattern() instanceof Pattern.Typed t) name = new Pattern.Typed(t.pos(), name, t.type());
        return new Expr.Binding(b.pos(), name, b.params(), b.returnType(), b.body(), b.mutable(), b.attributes());
    }

    private static boolean isFunction(Expr.Binding b) {
        return !b.params().isEmpty() || b.body() instanceof Expr.Lambda;
    }

    /**
     * Whether a binding's value may be generic, F#'s generalizable values: constants, functions, object expressions
     * of an interface ({@code { new IPattern<'a, 'b> with … }}), and unions cases made of those.
     */
    private static boolean isValue(Core c) {
        return switch (c) {
            case Core.Lit l -> true;
            case Core.Lambda l -> true;
            case Core.Ctor ctor -> ctor.args().stream().allMatch(TypeChecker::isValue);
            case Core.Record r -> r.decl().form == TypeDecl.Form.INTERFACE;
            default -> false;
        };
    }

    private Core inferBody(Expr.Binding b, Scope scope) {
        if (b.returnType() != null) return check(b.body(), declarations.typeExpr(b.returnType(), new HashMap<>(), false), scope);
        if (b.pattern() instanceof Pattern.Typed pt) return check(b.body(), declarations.typeExpr(pt.type(), new HashMap<>(), false), scope);
        return infer(b.body(), scope);
    }

    private static String bindingName(Expr.Binding b) {
        Pattern p = b.pattern();
        if (p instanceof Pattern.Typed t) p = t.pattern();
        if (p instanceof Pattern.Var v) return v.name();
        throw new CompileError(b.pos(), "Expected a name to bind");
    }

    /** An image addresses global slots with a 16-bit operand (code generation checks the globals declared elsewhere). */
    private void checkGlobalCount(Pos pos) {
        if (globals > ImageLayout.MAX_GLOBALS) throw new CompileError(pos, "more than " + ImageLayout.MAX_GLOBALS + " top-level values in one script");
    }

        Var newVar(String name, Type t, boolean mutable, boolean global, String prefix) {
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
        Type ret = b.returnType() == null ? null : declarations.typeExpr(b.returnType(), tvars, false);
        return lambda(b.params(), b.body(), ret, tvars, scope, name, b.pos(), null);
    }

    /**
     * A lambda; {@code expected} (or null) is the function type its context wants, whose parameter types are known
     * before the body is checked, as F# propagates them ({@code xs |> List.map (fun s -> s.Length)}).
     */
    Core.Lambda lambda(List<Pattern> params, Expr body, Type annotatedReturn, Map<String, Type.Var> tvars,
                       Scope scope, String name, Pos pos, Type expected) {
        if (annotatedReturn == null && body instanceof Expr.Lambda curried) {
            // let f a = function ... (or fun a -> fun b -> ...) takes both arguments at once, as F# compiles it,
            // so that f x y in tail position is a tail call rather than a call returning a closure then applied.
            List<Pattern> all = new ArrayList<>(params);
            all.addAll(curried.params());
            return lambda(all, curried.body(), null, tvars, scope, name, pos, expected);
        }
        Scope inner = scope.child();
        List<Var> vars = new ArrayList<>();
        List<CPat> destructure = new ArrayList<>();
        for (Pattern p : params) {
            Type t = new Type.Var(level);
            if (expected != null && Type.prune(expected) instanceof Type.Fun f) {
                Unifier.tryUnify(t, f.from());
                expected = f.to();
            }
            Pattern bare = p;
            if (p instanceof Pattern.Typed typed) {
                unify(declarations.typeExpr(typed.type(), tvars, false), t, typed.pos());
                bare = typed.pattern();
            }
            if (bare instanceof Pattern.Var pv) {
                Var v = new Var(pv.name(), t, false);
                // a parameter may be an active pattern, (|P|_|), usable as a pattern in the body
                ActivePatterns.define(inner::define, pv.name(), new Entry.Value(v, Scheme.mono(t)));
                vars.add(v);
                destructure.add(null);
            } else {
                Var v = new Var("_p" + (temps++), t, false);
                vars.add(v);
                Map<String, Var> bound = new LinkedHashMap<>();
                destructure.add(patterns.bind(bare, t, bound, scope, false, ""));
                warnIfIncomplete(MatchCoverage.incomplete(destructure.getLast()), p.pos());
                for (Var b : bound.values()) inner.define(b.name, new Entry.Value(b, Scheme.mono(b.type)));
            }
        }
        Var enclosingBuilder = builder;
        builder = null;
        Core b;
        try {
            b = infer(body, inner);
        } finally {
            builder = enclosingBuilder;
        }
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

    Scheme generalize(Type t) {
        resolvePending();
        List<Type.Var> vars = new ArrayList<>();
        collectGeneric(t, vars);
        // A lookup still waiting may yet fix the variables of its target and result: those are not generic until it
        // is resolved; the others are (a conversion waiting elsewhere in the function does not hold them back).
        for (PendingLookup p : pending) {
            for (Type waiting : List.of(p.target(), p.node().type())) {
                DistinctParts.anyVar(waiting, v -> {
                    vars.remove(v);
                    return false;
                });
            }
        }
        return new Scheme(vars, t);
    }

    private void collectGeneric(Type t, List<Type.Var> out) {
        DistinctParts.anyVar(t, v -> {
            // Constrained variables stay monomorphic until use or defaulting decides them, as F# does.
            if (v.level > level && v.constraint == Type.Constraint.NONE && !out.contains(v)) out.add(v);
            return false;
        });
    }

    /** Operators whose operand type is still open at the end of a top-level declaration default to int. */
    private void defaultConstrained() {
        for (Type.Var v : constrained) {
            if (Type.prune(v) instanceof Type.Var open && open.constraint != Type.Constraint.NONE) open.instance = open.constraint.defaultType();
        }
        constrained.clear();
    }

    Type.Var constrainedVar(Type.Constraint c) {
        Type.Var v = new Type.Var(level);
        v.constraint = c;
        constrained.add(v);
        return v;
    }

    // ------------------------------------------------------------------------------------------ type declarations

    // ------------------------------------------------------------------------------------------ expressions

    Core check(Expr e, Type expected, Scope scope) {
        Type known = Type.prune(expected);
        if (e instanceof Expr.ListOf l && known instanceof Type.Con c && c.name().equals("list")) {
            return data.listOf(l.items(), c.args().getFirst(), scope);
        }
        if (e instanceof Expr.ArrayOf a && known instanceof Type.Con c && c.name().equals("array")) {
            return data.arrayOf(a, c.args().getFirst(), scope);
        }
        Core c = infer(e, scope);
        Core upcast = interfaces.implicitUpcast(c, expected, e.pos());
        if (upcast != null) return upcast;
        unify(expected, c.type(), e.pos());
        return c;
    }

    Core infer(Expr e, Scope scope) {
        return switch (e) {
            case Expr.Const c when c.value() instanceof UserNumber n -> infer(UserNumbers.call(n, scope, c.pos()), scope);
            case Expr.Const c -> literal(c.value());
            case Expr.Ident id -> ident(id, scope);
            case Expr.Dot d -> members.get(infer(d.target(), scope), d.member(), d.pos());
            case Expr.Index ix -> members.index(ix, scope);
            case Expr.App app -> application(app, scope);
            case Expr.Binary b -> operators.binary(b, scope);
            case Expr.Unary u -> operators.unary(u, scope);
            case Expr.Lambda l -> {
                level++;
                Core.Lambda fn = lambda(l.params(), l.body(), null, new HashMap<>(), scope, "fun", l.pos(), null);
                level--;
                yield fn;
            }
            case Expr.Let let -> let(let, scope, this::infer);
            case Expr.Use u -> disposables.use(u, scope, this::infer, (inside, dispose) -> new Core.TryFinally(inside, dispose, inside.type(), u.pos()));
            case Expr.If i -> {
                Core cond = check(i.cond(), Type.BOOL, scope);
                if (i.elseBranch() == null) {
                    Core then = statement(i.thenBranch(), scope);
                    yield new Core.If(cond, then, new Core.Lit(Unit.VALUE, Type.UNIT), Type.UNIT);
                }
                Core then = infer(i.thenBranch(), scope);
                Core other = check(i.elseBranch(), then.type(), scope);
                yield new Core.If(cond, then, other, then.type());
            }
            case Expr.Match m -> {
                Core.Match checked = (Core.Match) patterns.match(infer(m.scrutinee(), scope), m.cases(), scope, m.pos());
                warnIfIncomplete(MatchCoverage.incomplete(checked), m.scrutinee().pos());
                yield checked;
            }
            case Expr.Tuple t -> {
                List<Core> items = t.items().stream().map(i -> infer(i, scope)).toList();
                yield new Core.Tuple(items, new Type.Tuple(items.stream().map(Core::type).toList()));
            }
            case Expr.ListOf l -> data.listOf(l.items(), new Type.Var(level), scope);
            case Expr.ArrayOf a -> data.arrayOf(a, new Type.Var(level), scope);
            case Expr.Range r -> data.range(r, scope);
            case Expr.Comprehension c -> data.comprehension(c, scope);
            case Expr.Computation c when c.isSeq() -> sequences.expression(c, scope);
            case Expr.Computation c -> computations.expression(c, scope);
            case Expr.LetBang b -> throw new CompileError(b.pos(), "This construct may only be used within computation expressions");
            case Expr.Return r -> throw new CompileError(r.pos(), "This construct may only be used within computation expressions");
            case Expr.YieldFrom y -> throw new CompileError(y.pos(), "This construct may only be used within computation expressions");
            case Expr.Yield y -> {
                if (builder == null) throw new CompileError(y.pos(), "'yield' may only be used in a list or array expression");
                Type elem = ((Type.Con) Type.prune(builder.type)).args().get(0);
                Core v = check(y.value(), elem, scope);
                yield callNative("Builder.add", List.of(new Core.Ref(builder, builder.type, y.pos()), v), y.pos());
            }
            case Expr.Seq s -> {
                boolean yielding = builder != null && implicitYields;
                Core first = yielding ? statement(s.first(), scope) : infer(s.first(), scope);
                Core second = yielding ? statement(s.second(), scope) : infer(s.second(), scope);
                yield new Core.Seq(first, second, second.type());
            }
            case Expr.Record r -> data.record(r, scope);
            case Expr.RecordUpdate u -> data.recordUpdate(u, scope);
            case Expr.ObjectInit o -> typeMembers.objectInit(o, scope);
            case Expr.AnonymousRecord a -> anonymousRecords.construct(a, scope);
            case Expr.Assign a -> data.assign(a, scope);
            case Expr.While w -> {
                Core cond = check(w.cond(), Type.BOOL, scope);
                Core body = loopBody(w.body(), scope);
                yield new Core.While(cond, body, Type.UNIT);
            }
            case Expr.ForRange f -> data.forRange(f, scope);
            case Expr.ForIn f -> data.forIn(f, scope);
            case Expr.TryWith t -> {
                Core body = infer(t.body(), scope);
                Var exn = new Var("_exn" + (temps++), Type.EXN, false);
                Var outer = handledException;
                handledException = exn;
                Core.Match handler;
                try {
                    handler = (Core.Match) patterns.match(new Core.Ref(exn, Type.EXN, t.pos()), t.handlers(), scope, t.pos());
                } finally {
                    handledException = outer;
                }
                unify(body.type(), handler.type(), t.handlers().get(0).body().pos());
                yield new Core.TryWith(body, exn, handler, body.type(), t.pos());
            }
            case Expr.TryFinally t -> {
                Core body = infer(t.body(), scope);
                Core finalizer = infer(t.finalizer(), scope);
                yield new Core.TryFinally(body, finalizer, body.type(), t.pos());
            }
            case Expr.Typed t -> check(t.expr(), declarations.typeExpr(t.type(), new HashMap<>(), false), scope);
            case Expr.Interp i -> specials.interpolated(i, scope);
            case Expr.ObjectExpr o -> interfaces.objectExpression(o, scope);
            case Expr.Cast c -> interfaces.cast(c, scope);
            case Expr.TypeTest t -> interfaces.isType(t, scope);
            case Expr.TypeApp ta -> TypeApplications.apply(ta, scope, this);
            case Expr.Slice sl -> Slices.slice(sl, scope, this);
        };
    }

    /** A local let; its body is checked by {@code body} in the scope of the bindings. */
    Core let(Expr.Let let, Scope scope, java.util.function.BiFunction<Expr, Scope, Core> body) {
        Scope inner = scope.child();
        List<Var> vars = new ArrayList<>();
        List<Core> values = new ArrayList<>();
        CPat pat = letBindings(let.rec(), let.bindings(), scope, inner, false, "", vars, values);
        return bindAll(let.rec(), vars, values, pat, body.apply(let.body(), inner), let.pos());
    }

    /** A loop body: unit, or in a comprehension that yields implicitly, what it yields. */
    Core loopBody(Expr body, Scope scope) {
        return statement(body, scope);
    }

    /**
     * An expression in statement position: it must be unit, except in a list or array expression without
     * {@code yield}, where a value is yielded ({@code [ for i in 1 .. 3 do i * 10 ]}), as F# does since 4.7.
     */
    Core statement(Expr e, Scope scope) {
        Core c = infer(e, scope);
        if (builder != null && implicitYields && !Type.prune(c.type()).equals(Type.UNIT)) {
            Type elem = ((Type.Con) Type.prune(builder.type)).args().get(0);
            unify(elem, c.type(), e.pos());
            return callNative("Builder.add", List.of(new Core.Ref(builder, builder.type, e.pos()), c), e.pos());
        }
        unify(Type.UNIT, c.type(), e.pos());
        return c;
    }

    /** A literal's value and type; an integer without a suffix may be an int32 (Constraint.INT_LITERAL). */
    Core literal(Object v) {
        if (v == Expr.Const.NULL) {
            Core nul = callNative("Unchecked.null", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), Pos.NONE);
            unify(constrainedVar(Type.Constraint.NULL), nul.type(), Pos.NONE);
            return nul;
        }
        Type t = switch (v) {
            case Long l -> constrainedVar(Type.Constraint.INT_LITERAL);
            case Boolean b -> Type.BOOL;
            case String s -> Type.STRING;
            default -> {
                Type number = NumericTypes.ofValue(v);
                yield number == null ? Type.UNIT : number;
            }
        };
        return new Core.Lit(t == Type.UNIT ? Unit.VALUE : v, t);
    }

    // ------------------------------------------------------------------------------------------ names

    private Core ident(Expr.Ident id, Scope scope) {
        List<String> parts = names.withoutNamespace(names.objectStatics(id, scope).parts());
        if (!parts.equals(id.parts())) id = new Expr.Ident(id.pos(), parts);
        Core statik = userMembers.staticCall(parts, List.of(), scope, id.pos());
        if (statik != null) return statik;
        Core generic = specials.genericNumber(parts, id.pos());
        if (generic != null) return generic;
        Entry e = scope.lookup(parts.get(0));
        String first = parts.get(0);
        // S.A names type S's case A rather than a member of another type's case S, as F# resolves a dotted name
        if (e instanceof Entry.Ctor && names.caseOfUnion(parts.subList(0, Math.min(2, parts.size()))) != null) e = null;
        if (e == null && parts.size() == 1 && !Character.isLetter(first.charAt(0)) && first.charAt(0) != '_') {
            // An operator used as a value, (+): the function fun a b -> a + b, resolved like any use of +.
            Pos pos = id.pos();
            boolean prefix = first.equals("~-") || first.equals("!");
            Expr body = prefix ? new Expr.Unary(pos, first.equals("!") ? "!" : "-", new Expr.Ident(pos, List.of("_a")))
                    : new Expr.Binary(pos, first, new Expr.Ident(pos, List.of("_a")), new Expr.Ident(pos, List.of("_b")));
            List<Pattern> params = prefix ? List.of(new Pattern.Var(pos, "_a"))
                    : List.of(new Pattern.Var(pos, "_a"), new Pattern.Var(pos, "_b"));
            return infer(new Expr.Lambda(pos, params, body), scope);
        }
        if (e == null && scope.lookup("get_" + first) instanceof Entry.NativeFn property) {
            return property(property, parts, 1, id.pos());
        }
        int used = 1;
        while (e instanceof Entry.Module m && used < parts.size()) {
            e = m.members().get(parts.get(used));
            // A nested module named as a top-level one (M.Array2D) hides only its own names: F# looks for the others
            // in the module it shadows (Array2D.create).
            if (e == null && used == 1 && names.modules.get(first) instanceof Entry.Module shadowed && shadowed != m) {
                e = shadowed.members().get(parts.get(used));
            }
            if (e == null && m.members().get("get_" + parts.get(used)) instanceof Entry.NativeFn property) {
                return property(property, parts, used + 1, id.pos());
            }
            if (e == null && names.caseOfUnion(parts.subList(0, used + 1)) instanceof TypeDecl.Case c) e = new Entry.Ctor(c);
            if (e == null) {
                names.checkGranted(parts, id.pos());
                throw new CompileError(id.pos(), "The value, constructor, namespace or type '" + parts.get(used)
                        + "' is not defined in '" + String.join(".", parts.subList(0, used)) + "'.");
            }
            used++;
        }
        if (e == null && names.caseOfUnion(parts.subList(0, Math.min(2, parts.size()))) instanceof TypeDecl.Case c) {
            e = new Entry.Ctor(c);
            used = 2;
        }
        if (e == null) {
            names.checkGranted(parts, id.pos());
            throw new CompileError(id.pos(), "The value or constructor '" + parts.get(0) + "' is not defined.");
        }
        if (e instanceof Entry.Module) {
            Native constructor = constructorAsFunction(String.join(".", parts.subList(0, used)));
            if (constructor == null) throw new CompileError(id.pos(), "'" + String.join(".", parts) + "' is a module, not a value");
            e = new Entry.NativeFn(constructor);
        }
        Core c = entryValue(e, id.pos(), parts.get(used - 1));
        for (int k = used; k < parts.size(); k++) c = members.get(c, parts.get(k), id.pos());
        return c;
    }

    /**
     * A type's constructor used as a function ({@code chars |> System.String}, {@code List.map StringBuilder}), as F#
     * allows: its one overload of a single parameter, or null when there is none or several to choose from.
     */
    private Native constructorAsFunction(String type) {
        List<Native> single = library.overloads(type + ".new").stream().filter(n -> n.arity() == 1).toList();
        return single.size() == 1 ? single.getFirst() : null;
    }

    /** A static property ({@code StringSplitOptions.RemoveEmptyEntries}, {@code stdin}) is its getter applied to (). */
    private Core property(Entry.NativeFn getter, List<String> parts, int used, Pos pos) {
        Core c = callNative(getter.fn(), List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos);
        for (int k = used; k < parts.size(); k++) c = members.get(c, parts.get(k), pos);
        return c;
    }

    Core entryValue(Entry e, Pos pos, String name) {
        return switch (e) {
            case Entry.Value v -> {
                if (v.var().inlined != null) yield v.var().inlined.get();
                Core.Ref ref = new Core.Ref(v.var(), v.scheme().instantiate(level), pos);
                RecursiveValues group = recursion.get(v.var());
                yield group == null ? ref : group.use(ref);
            }
            case Entry.NativeFn n -> nativeRef(n, pos);
            case Entry.Ctor c -> ctorValue(c.ctor(), pos);
            case Entry.Special s -> specials.special(s.name(), pos);
            case Entry.ClassMember m -> typeMembers.read(m, pos);
            case Entry.Module m -> throw new CompileError(pos, "'" + name + "' is a module, not a value");
        };
    }

    private Core nativeRef(Entry.NativeFn n, Pos pos) {
        Native fn = n.fn();
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

    Core callNative(String name, List<Core> args, Pos pos) {
        return callNative(library.lookup(name), args, pos);
    }

    Core callNative(Native fn, List<Core> args, Pos pos) {
        Type t = SignatureParser.parse(fn.signature(), level);
        Type result = t;
        for (Core a : args) {
            Type.Fun f = (Type.Fun) Type.prune(result);
            coerce(f.from(), a.type(), pos);
            result = f.to();
        }
        return new Core.App(new Core.NativeRef(fn, t, pos), args, result, pos);
    }

    /** A constructor used as a value: nullary cases are values, others become functions of their fields. */
    private Core ctorValue(TypeDecl.Case c, Pos pos) {
        if (activePatterns.isResult(c)) return activePatterns.bareResult(c, pos);
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

    Core tupleItem(Core tuple, int index, Type t, Pos pos) {
        Var item = new Var("_t" + (temps++), t, false);
        List<CPat> items = new ArrayList<>();
        int n = ((Type.Tuple) Type.prune(tuple.type())).items().size();
        for (int k = 0; k < n; k++) items.add(k == index ? new CPat.Bind(item, new CPat.Wild()) : new CPat.Wild());
        return new Core.Match(tuple, List.of(new Core.Clause(new CPat.Tuple(items), null, new Core.Ref(item, t, pos))), t, pos);
    }

    Map<Type.Var, Type> instantiation(TypeDecl d) {
        Map<Type.Var, Type> fresh = new HashMap<>();
        for (Type.Var v : d.params) fresh.put(v, new Type.Var(level));
        return fresh;
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    // ------------------------------------------------------------------------------------------ application

    private Core application(Expr.App app, Scope scope) {
        List<Expr> argExprs = new ArrayList<>();
        Expr fn = app;
        while (fn instanceof Expr.App a) {
            argExprs.add(0, a.arg());
            fn = a.fn();
        }
        if (fn instanceof Expr.Ident qualified) fn = new Expr.Ident(qualified.pos(), names.withoutNamespace(qualified.parts()));
        Expr outForm = OutArguments.desugar(fn, argExprs);
        if (outForm != null) return infer(outForm, scope);
        if (fn instanceof Expr.Ident id && id.parts().size() == 1 && scope.lookup(id.parts().get(0)) instanceof Entry.Special s) {
            return specials.specialApplication(s.name(), argExprs, scope, fn.pos());
        }
        if (fn instanceof Expr.Ident id && scope.lookup(id.parts().get(0)) instanceof Entry.Ctor
                || fn instanceof Expr.Ident id2 && names.ctorOf(id2, scope) != null) {
            TypeDecl.Case c = names.ctorOf((Expr.Ident) fn, scope);
            if (c != null && !c.fieldTypes().isEmpty()) {
                Core ctor = construct(c, argExprs.get(0), scope, fn.pos());
                return applyAll(ctor, argExprs.subList(1, argExprs.size()), scope, fn.pos());
            }
        }
        if (fn instanceof Expr.TypeApp ta && ta.target() instanceof Expr.Ident named && userMembers.construct(named, argExprs, scope) instanceof Core made) {
            TypeApplications.instantiate(made.type(), ta, this);
            return made;
        }
        if (fn instanceof Expr.TypeApp ta && ta.target() instanceof Expr.Ident named
            && names.nativeConstructor(names.dotNetList(named), scope) instanceof String constructor) {
            Core made = members.callStatic(constructor, argExprs.get(0), scope, fn.pos());
            TypeApplications.instantiate(made.type(), ta, this);
            return applyAll(made, argExprs.subList(1, argExprs.size()), scope, fn.pos());
        }
        if (fn instanceof Expr.Ident id) {
            Core user = id.parts().size() >= 2 ? userMembers.staticCall(id.parts(), argExprs, scope, fn.pos()) : null;
            if (user == null) user = userMembers.construct(id, argExprs, scope);
            if (user != null) return user;
            String constructor = names.nativeConstructor(id, scope);
            if (constructor != null) {
                Core made = members.callStatic(constructor, argExprs.get(0), scope, fn.pos());
                return applyAll(made, argExprs.subList(1, argExprs.size()), scope, fn.pos());
            }
        }
        if (fn instanceof Expr.Ident id && id.parts().size() >= 2
                && (scope.lookup(id.parts().get(0)) instanceof Entry.Value || scope.lookup(id.parts().get(0)) instanceof Entry.ClassMember
                    || names.isProperty(names.withoutNamespace(id.parts().subList(0, id.parts().size() - 1)), scope))) {
            Core target = infer(new Expr.Ident(id.pos(), id.parts().subList(0, id.parts().size() - 1)), scope);
            return memberApplication(target, last(id.parts()), argExprs, scope, id.pos());
        }
        if (fn instanceof Expr.Dot dot) {
            return memberApplication(infer(dot.target(), scope), dot.member(), argExprs, scope, dot.pos());
        }
        if (fn instanceof Expr.Ident id && names.resolve(names.objectStatics(id, scope), scope) instanceof Entry.NativeFn n
                && MemberChecker.isDotNetMember(n.fn().name())) {
            Core call = members.callStatic(baseName(n.fn().name()), argExprs.get(0), scope, fn.pos());
            return applyAll(call, argExprs.subList(1, argExprs.size()), scope, fn.pos());
        }
        Core f = infer(fn, scope);
        return applyAll(f, argExprs, scope, fn.pos());
    }

    /** {@code x.M(args) more}: a method call, or a field or property whose value is applied to the arguments. */
    private Core memberApplication(Core target, String name, List<Expr> argExprs, Scope scope, Pos pos) {
        Core user = userMembers.call(target, name, argExprs, scope, pos);
        if (user != null) return user;
        if (members.isValueMember(target, name)) return applyAll(members.get(target, name, pos), argExprs, scope, pos);
        Core call = members.call(target, name, argExprs.get(0), scope, pos);
        return applyAll(call, argExprs.subList(1, argExprs.size()), scope, pos);
    }

    /** A native's name without its overload suffix: {@code Math.Max~float} is an overload of {@code Math.Max}. */
    static String baseName(String nativeName) {
        int tilde = nativeName.indexOf('~');
        return tilde < 0 ? nativeName : nativeName.substring(0, tilde);
    }

    Core construct(TypeDecl.Case c, Expr arg, Scope scope, Pos pos) {
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

    Core applyAll(Core f, List<Expr> argExprs, Scope scope, Pos pos) {
        if (argExprs.isEmpty()) return f;
        List<Core> args = new ArrayList<>();
        Type t = f.type();
        for (Expr a : argExprs) {
            Type pt = Type.prune(t);
            Core arg;
            Type result;
            if (pt instanceof Type.Fun fun) {
                arg = argument(a, fun.from(), scope);
                result = fun.to();
            } else {
                arg = infer(a, scope);
                result = new Type.Var(level);
                if (!Unifier.tryUnify(pt, new Type.Fun(arg.type(), result))) {
                    throw new CompileError(a.pos(), "This value is not a function and cannot be applied (its type is '" + pt + "')");
                }
            }
            args.add(arg);
            t = result;
            resolvePending();
        }
        return app(f, args, t, pos);
    }

    /**
     * An argument checked against the type of the parameter it is passed to: a lambda sees its parameter types
     * before its body is checked, and a collection passes where a {@code seq} is expected.
     */
    Core argument(Expr a, Type param, Scope scope) {
        if (a instanceof Expr.Lambda l && Type.prune(param) instanceof Type.Fun) {
            level++;
            Core.Lambda fn = lambda(l.params(), l.body(), null, new HashMap<>(), scope, "fun", l.pos(), param);
            level--;
            unify(param, fn.type(), a.pos());
            return fn;
        }
        return passed(infer(a, scope), param, a.pos());
    }

    /** An argument already checked, passed for a parameter: upcast where F# inserts one, else coerced to its type. */
    Core passed(Core arg, Type param, Pos pos) {
        Core upcast = interfaces.implicitUpcast(arg, param, pos);
        if (upcast != null) return upcast;
        coerce(param, arg.type(), pos);
        return arg;
    }

    /**
     * Unifies a parameter type with an argument's, letting a list, array, string, set, map or .NET collection pass
     * where a {@code seq<'a>} is expected, as F# coerces to IEnumerable at calls.
     */
    static void coerce(Type param, Type actual, Pos pos) {
        if (!tryCoerce(param, actual)) unify(param, actual, pos);
    }

    static boolean tryCoerce(Type param, Type actual) {
        if (Type.prune(param) instanceof Type.Con c && c.name().equals("seq")) {
            Type element = Enumerables.elementType(actual);
            if (element != null) return Unifier.tryUnify(c.args().get(0), element);
        }
        // The non-generic IEnumerable that Seq.cast takes: any collection is one.
        if (Type.prune(param) instanceof Type.Con c && c.name().equals("IEnumerable") && c.args().isEmpty()
            && Enumerables.elementType(actual) != null) {
            return true;
        }
        return Unifier.tryUnify(param, actual);
    }

    // ------------------------------------------------------------------------------------------ deferred lookups

    /** Member lookups waiting for their target's type, in the order they were written. */
    private final List<PendingLookup> pending = new ArrayList<>();

    /** A waiting lookup; {@code fallback} (or null) is the type its target takes if nothing else fixes it. */
    private record PendingLookup(Core.Deferred node, Type target, java.util.function.Supplier<Core> resolve, String name,
                                 Pos pos, Type fallback) {}

    /**
     * A member lookup on a target whose type is not known yet: resolved by {@code resolve} as soon as it is (after
     * a later argument or the end of the binding fixes it), as F# postpones such lookups within a binding.
     */
    Core defer(Core target, String name, Pos pos, java.util.function.Supplier<Core> resolve) {
        return defer(target, new Type.Var(level), name, pos, resolve, null);
    }

    /** A waiting lookup whose result type is already known, and whose target defaults to {@code fallback}. */
    Core defer(Core target, Type result, String name, Pos pos, java.util.function.Supplier<Core> resolve, Type fallback) {
        Core.Deferred node = new Core.Deferred(result);
        pending.add(new PendingLookup(node, target.type(), resolve, name, pos, fallback));
        return node;
    }

    /** Resolves the waiting lookups whose target type is now known; one resolution may let others proceed. */
    void resolvePending() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (PendingLookup p : List.copyOf(pending)) {
                if (Type.prune(p.target()) instanceof Type.Var) continue;
                pending.remove(p);
                Core resolved = p.resolve().get();
                unify(p.node().type(), resolved.type(), p.pos());
                p.node().resolve(resolved);
                progress = true;
            }
        }
    }

    /** Choices that wait for the types of the declaration being checked, made at its end ({@link #whenTyped}). */
    private final List<Runnable> typedChoices = new ArrayList<>();

    /**
     * Makes a choice at the end of the top-level declaration, when the types it depends on are as known as they
     * will be; unlike a lookup, one that finds a type still open is no error (the type is generic).
     */
    void whenTyped(Runnable choice) {
        typedChoices.add(choice);
    }

    /** At the end of a top-level declaration every lookup must have found its type. */
    private void requireResolved() {
        resolvePending();
        for (PendingLookup p : List.copyOf(pending)) {
            // A literal's or an operator's type is known to be its default by now ([1; 2] holds ints).
            if (Type.prune(p.target()) instanceof Type.Var v && v.constraint != Type.Constraint.NONE) unify(v.constraint.defaultType(), v, p.pos());
            else if (p.fallback() != null && Type.prune(p.target()) instanceof Type.Var) unify(p.fallback(), p.target(), p.pos());
        }
        resolvePending();
        typedChoices.forEach(Runnable::run);
        typedChoices.clear();
        if (pending.isEmpty()) return;
        PendingLookup p = pending.get(0);
        pending.clear();
        throw new CompileError(p.pos(), "Lookup on object of indeterminate type based on information prior to this program point. A type annotation may be needed to resolve '" + p.name() + "'");
    }

    /** Builds an application, merging it into an inner partial application so calls can be direct. */
    Core app(Core f, List<Core> args, Type t, Pos pos) {
        if (f instanceof Core.App inner && !(inner.fn() instanceof Core.Lambda)) {
            List<Core> all = new ArrayList<>(inner.args());
            all.addAll(args);
            return new Core.App(inner.fn(), all, t, pos);
        }
        return new Core.App(f, args, t, pos);
    }

    // ------------------------------------------------------------------------------------------ operators

    // ------------------------------------------------------------------------------------------ data

    // ------------------------------------------------------------------------------------------ match and patterns

}
