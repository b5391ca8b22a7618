package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.UserNumber;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.NetExceptionType;

/**
 * Patterns and match expressions: checks each pattern against the type of the value it matches, binding its
 * variables, and builds the clauses of a {@link Core.Match}.
 */
final class PatternChecker {
    private final TypeChecker tc;

    /** Constructor lookups in patterns use the scope of the construct being checked. */
    private Scope scope;

    PatternChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** Checks a whole pattern seen from {@code scope}, collecting the variables it binds in {@code bound}. */
    CPat bind(Pattern p, Type t, Map<String, Var> bound, Scope scope, boolean global, String prefix) {
        this.scope = scope;
        return pattern(p, t, bound, null, global, prefix);
    }

    Core match(Core scrutinee, List<Expr.Case> cases, Scope scope, Pos pos) {
        Type result = new Type.Var(tc.level);
        return match(scrutinee, cases, scope, pos, result, (body, inner) -> tc.check(body, result, inner));
    }

    /** A match whose clause bodies, of type {@code result}, are checked by {@code bodies}. */
    Core match(Core scrutinee, List<Expr.Case> cases, Scope scope, Pos pos, Type result,
               java.util.function.BiFunction<Expr, Scope, Core> bodies) {
        List<Core.Clause> clauses = new ArrayList<>();
        for (Expr.Case c : cases) {
            Map<String, Var> bound = new LinkedHashMap<>();
            CPat pat = bind(c.pattern(), scrutinee.type(), bound, scope, false, "");
            Scope inner = scope.child();
            for (Var v : bound.values()) inner.define(v.name, new Entry.Value(v, Scheme.mono(v.type)));
            Core guard = c.guard() == null ? null : tc.check(c.guard(), Type.BOOL, inner);
            Core body = bodies.apply(c.body(), inner);
            unify(result, body.type(), c.body().pos());
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
            case Pattern.Var v when LiteralValues.named(List.of(v.name()), scope) != null -> literal(LiteralValues.named(List.of(v.name()), scope), t, v.pos());
            case Pattern.Var v -> bindVar(v.name(), t, bound, orVars, global, prefix, v.pos(), new CPat.Wild());
            case Pattern.Const c when c.value() == Expr.Const.NULL -> {
                // null matches what isNull holds for, as F# tests it
                unify(t, tc.constrainedVar(Type.Constraint.NULL), c.pos());
                Core isNull = new Core.NativeRef(tc.library.lookup("isNull"), new Type.Fun(t, Type.BOOL), c.pos());
                yield new CPat.View(isNull, t, new CPat.Lit(true, Type.BOOL), Type.BOOL);
            }
            case Pattern.Const c when c.value() instanceof UserNumber n -> throw new CompileError(c.pos(),
                    "A numeric literal with a suffix of the script's ('" + n + "') calls NumericLiteral" + n.suffix() + ": it is not a constant a pattern can match");
            case Pattern.Const c -> {
                Core lit = tc.literal(c.value());
                unify(t, lit.type(), c.pos());
                yield new CPat.Lit(((Core.Lit) lit).value(), lit.type());
            }
            case Pattern.Tuple tp -> {
                List<Type> items = tp.items().stream().map(x -> (Type) new Type.Var(tc.level)).toList();
                unify(t, new Type.Tuple(items), tp.pos());
                List<CPat> pats = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) pats.add(pattern(tp.items().get(k), items.get(k), bound, orVars, global, prefix));
                yield new CPat.Tuple(pats);
            }
            case Pattern.ListOf l -> {
                Type elem = new Type.Var(tc.level);
                unify(t, Type.list(elem), l.pos());
                CPat out = new CPat.Nil();
                List<CPat> items = new ArrayList<>();
                for (Pattern item : l.items()) items.add(pattern(item, elem, bound, orVars, global, prefix));
                for (int k = items.size() - 1; k >= 0; k--) out = new CPat.Cons(items.get(k), out);
                yield out;
            }
            case Pattern.Cons c -> {
                Type elem = new Type.Var(tc.level);
                unify(t, Type.list(elem), c.pos());
                CPat head = pattern(c.head(), elem, bound, orVars, global, prefix);
                yield new CPat.Cons(head, pattern(c.tail(), t, bound, orVars, global, prefix));
            }
            case Pattern.ArrayOf a -> {
                Type elem = new Type.Var(tc.level);
                unify(t, Type.array(elem), a.pos());
                List<CPat> items = new ArrayList<>();
                for (Pattern item : a.items()) items.add(pattern(item, elem, bound, orVars, global, prefix));
                yield new CPat.Array(items);
            }
            // F#'s KeyValue active pattern: a KeyValuePair is a pair at run time, so it is read as a tuple pattern.
            case Pattern.Ctor c when c.name().equals("KeyValue") && c.arg() instanceof Pattern.Tuple kv && kv.items().size() == 2 -> {
                Type key = new Type.Var(tc.level);
                Type value = new Type.Var(tc.level);
                unify(t, Enumerables.keyValuePair(key, value), c.pos());
                yield pattern(kv, new Type.Tuple(List.of(key, value)), bound, orVars, global, prefix);
            }
            case Pattern.Ctor c -> ctorPattern(c, t, bound, orVars, global, prefix);
            case Pattern.Apply a -> {
                CPat active = activePattern(a.pos(), a.name(), a.args(), t, bound, orVars, global, prefix);
                if (active == null) throw new CompileError(a.pos(), "The pattern discriminator '" + a.name() + "' is not defined.");
                yield active;
            }
            case Pattern.Record r -> {
                List<Expr.FieldInit> names = r.fields().stream().map(f -> new Expr.FieldInit(f.pos(), f.field(), null)).toList();
                TypeDecl.Record rec = tc.names.recordFor(names, r.pos());
                Map<Type.Var, Type> fresh = tc.instantiation(rec);
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
            case Pattern.As as when as.pattern() instanceof Pattern.TypeTest test && tc.interfaces.testable(t) -> {
                Type target = tc.interfaces.testedType(test);
                yield tc.interfaces.typeTest(t, target, bindVar(as.name(), target, bound, orVars, global, prefix, as.pos(), new CPat.Wild()), test.pos());
            }
            case Pattern.TypeTest test when tc.interfaces.testable(t) -> tc.interfaces.typeTest(t, tc.interfaces.testedType(test), new CPat.Wild(), test.pos());
            case Pattern.As as -> {
                CPat inner = pattern(as.pattern(), t, bound, orVars, global, prefix);
                yield bindVar(as.name(), t, bound, orVars, global, prefix, as.pos(), inner);
            }
            case Pattern.And both -> {
                // matched as the pair (v, v) against (left, right), so each side sees the whole value
                Var x = new Var("_both" + (tc.temps++), t, false);
                Type pair = new Type.Tuple(List.of(t, t));
                Core twice = new Core.Lambda(List.of(x), new Core.Tuple(List.of(new Core.Ref(x, t, both.pos()), new Core.Ref(x, t, both.pos())), pair),
                        new Type.Fun(t, pair), "both", both.pos());
                yield new CPat.View(twice, t, new CPat.Tuple(List.of(pattern(both.left(), t, bound, orVars, global, prefix),
                        pattern(both.right(), t, bound, orVars, global, prefix))), pair);
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
            case Pattern.NamedFields n -> throw new CompileError(n.pos(), "Named fields in a pattern must follow a union case: Case (field = pattern)");
            case Pattern.Optional o -> throw new CompileError(o.pos(), "Optional arguments are only permitted on type members");
            case Pattern.TypeTest tt -> {
                unify(t, Type.EXN, tt.pos());
                if (!isExceptionType(tt)) {
                    throw new CompileError(tt.pos(), "The type '" + tt.type() + "' is not defined.");
                }
                yield new CPat.TypeTest(tt.type());
            }
            case Pattern.Typed ty -> {
                unify(tc.declarations.typeExpr(ty.type(), new HashMap<>(), false), t, ty.pos());
                yield pattern(ty.pattern(), t, bound, orVars, global, prefix);
            }
        };
    }

    /**
     * What {@code :?} can test an exception for: System.Exception itself, the .NET exceptions the runtime raises
     * (by full or short name), and the exceptions the script declares.
     */
    private boolean isExceptionType(Pattern.TypeTest tt) {
        String name = tt.type();
        if (name.equals("exn") || name.equals("Exception") || name.equals("System.Exception")) return true;
        for (NetExceptionType net : NetExceptionType.values()) {
            if (net.fullName.equals(name) || net.simpleName().equals(name)) return true;
        }
        TypeDecl.Case declared = tc.names.ctorOf(new Expr.Ident(tt.pos(), List.of(name.split("\\."))), scope);
        return declared != null && declared.owner().exception;
    }

    private CPat bindVar(String name, Type t, Map<String, Var> bound, Map<String, Var> orVars, boolean global,
                         String prefix, Pos pos, CPat inner) {
        if (bound.containsKey(name)) throw new CompileError(pos, "'" + name + "' is bound twice in this pattern");
        Var v = orVars != null ? orVars.get(name) : null;
        if (v != null) unify(v.type, t, pos);
        else v = tc.newVar(name, t, false, global, prefix);
        bound.put(name, v);
        return new CPat.Bind(v, inner);
    }

    /** An active pattern case, or null when name is none; checking its arguments may check other matches. */
    private CPat activePattern(Pos pos, String name, List<Pattern> args, Type t, Map<String, Var> bound, Map<String, Var> orVars,
                               boolean global, String prefix) {
        Scope saved = scope;
        try {
            return tc.activePatterns.pattern(pos, name, args, t, saved, (p, type) -> {
                scope = saved;
                return pattern(p, type, bound, orVars, global, prefix);
            });
        } finally {
            scope = saved;
        }
    }

    /**
     * {@code | Color.Red ->}: an enum's case matches the values equal to it (an enum value is made when the script
     * runs, so the pattern compares with it rather than with a constant).
     */
    private CPat enumCase(List<String> parts, Type t, Pos pos) {
        String x = "enum@case";
        Expr test = new Expr.Lambda(pos, List.of(new Pattern.Var(pos, x)),
                new Expr.Binary(pos, "=", new Expr.Ident(pos, List.of(x)), new Expr.Ident(pos, parts)));
        Core equal = tc.infer(test, scope);
        unify(t, ((Type.Fun) Type.prune(equal.type())).from(), pos);
        return new CPat.View(equal, t, new CPat.Lit(true, Type.BOOL), Type.BOOL);
    }

    /** A pattern naming a {@code [<Literal>]} value matches that constant, as F# resolves it. */
    private static CPat literal(Var literal, Type t, Pos pos) {
        unify(t, literal.type, pos);
        return new CPat.Lit(literal.literal, literal.type);
    }

    private CPat ctorPattern(Pattern.Ctor c, Type t, Map<String, Var> bound, Map<String, Var> orVars, boolean global, String prefix) {
        List<String> parts = List.of(c.name().split("\\."));
        TypeDecl.Case ctor = tc.names.ctorOf(new Expr.Ident(c.pos(), parts), scope);
        if (ctor == null) {
            CPat active = activePattern(c.pos(), c.name(), c.arg() == null ? List.of() : List.of(c.arg()), t, bound, orVars, global, prefix);
            if (active != null) return active;
            Var literal = c.arg() == null ? LiteralValues.named(parts, scope) : null;
            if (literal != null) return literal(literal, t, c.pos());
            if (c.arg() == null && parts.size() == 1) return bindVar(c.name(), t, bound, orVars, global, prefix, c.pos(), new CPat.Wild());
            List<String> named = tc.names.withoutNamespace(parts);
            if (c.arg() == null && tc.enums.isEnum(new Type.Con(String.join(".", named.subList(0, named.size() - 1)), List.of()))) {
                return enumCase(named, t, c.pos());
            }
            throw new CompileError(c.pos(), "The pattern discriminator '" + c.name() + "' is not defined.");
        }
        Map<Type.Var, Type> fresh = tc.instantiation(ctor.owner());
        unify(t, Builtins.typeOf(ctor.owner(), ctor.owner().params.stream().map(fresh::get).toList()), c.pos());
        List<Type> fields = ctor.fieldTypes().stream().map(f -> Scheme.substitute(f, fresh)).toList();
        List<CPat> args = new ArrayList<>();
        if (c.arg() instanceof Pattern.NamedFields named) {
            // the fields not named match anything, as F# has it
            for (int k = 0; k < fields.size(); k++) args.add(new CPat.Wild());
            for (Pattern.FieldPat f : named.fields()) {
                int index = ctor.fieldNames().indexOf(f.field());
                if (index < 0) throw new CompileError(f.pos(), "The union case '" + ctor.name() + "' does not have a field named '" + f.field() + "'.");
                args.set(index, pattern(f.pattern(), fields.get(index), bound, orVars, global, prefix));
            }
        } else if (c.arg() == null || fields.isEmpty()) {
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
}
