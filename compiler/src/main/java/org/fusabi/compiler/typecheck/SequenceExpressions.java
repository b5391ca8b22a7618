package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.vm.value.Unit;

/**
 * {@code seq { … }}, translated as the F# spec (6.3.11) translates sequence expressions, into the library's lazy
 * combinators, so an element is computed only when it is taken: {@code seq { c }} is {@code Seq.delay (fun () -> [c])};
 * {@code yield e} is {@code Seq.singleton e}; {@code c1; c2} is {@code Seq.append [c1] (Seq.delay (fun () -> [c2]))}
 * (a unit statement just runs first); {@code for p in e do c} is {@code Seq.collect (fun p -> [c]) e};
 * {@code while g do c} is {@code Seq.generateWhile (fun () -> g) (Seq.delay (fun () -> [c]))};
 * {@code try c finally f} is {@code Seq.tryFinally (Seq.delay (fun () -> [c])) (fun () -> f)}; {@code if}, {@code match}
 * and {@code let} keep their shape with translated branches. Without any {@code yield}, non-unit statements yield
 * (F# 4.7's implicit yields).
 */
final class SequenceExpressions {
    private final TypeChecker tc;

    SequenceExpressions(TypeChecker tc) {
        this.tc = tc;
    }

    Core expression(Expr.Computation c, Scope scope) {
        if (c.body() instanceof Expr.Range r) return range(r, scope);
        Type elem = new Type.Var(tc.level);
        Translation t = new Translation(elem, !DataChecker.yields(c.body()));
        // A list expression around this one does not collect what this one yields.
        Var enclosingBuilder = tc.builder;
        tc.builder = null;
        try {
            return delay(t.translate(c.body(), scope), c.pos());
        } finally {
            tc.builder = enclosingBuilder;
        }
    }

    /** The translation of one sequence expression: its element type, and whether it yields implicitly. */
    private final class Translation {
        private final Type elem;
        private final Type seqType;
        private final boolean implicit;

        Translation(Type elem, boolean implicit) {
            this.elem = elem;
            this.seqType = new Type.Con("seq", List.of(elem));
            this.implicit = implicit;
        }

        Core translate(Expr e, Scope scope) {
            return switch (e) {
                case Expr.Yield y -> singleton(tc.check(y.value(), elem, scope), y.pos());
                case Expr.Seq s -> {
                    if (isStatement(s.first())) {
                        Core first = tc.check(s.first(), Type.UNIT, scope);
                        Core rest = translate(s.second(), scope);
                        yield new Core.Seq(first, rest, rest.type());
                    }
                    Core first = translate(s.first(), scope);
                    Core rest = delay(translate(s.second(), scope), s.pos());
                    yield tc.callNative("Seq.append", List.of(first, rest), s.pos());
                }
                case Expr.If i -> {
                    Core cond = tc.check(i.cond(), Type.BOOL, scope);
                    Core then = translate(i.thenBranch(), scope);
                    Core otherwise = i.elseBranch() == null ? empty(i.pos()) : translate(i.elseBranch(), scope);
                    yield new Core.If(cond, then, otherwise, seqType);
                }
                case Expr.Match m -> tc.patterns.match(tc.infer(m.scrutinee(), scope), m.cases(), scope, m.pos(), seqType, this::translate);
                case Expr.Let l -> tc.let(l, scope, this::translate);
                case Expr.ForIn f -> collect(f.pattern(), tc.infer(f.seq(), scope), f.body(), scope, f.pos());
                case Expr.ForRange f -> {
                    Core from = tc.check(f.from(), Type.INT, scope);
                    Core step = f.step() == null ? new Core.Lit(f.down() ? -1L : 1L, Type.INT) : tc.check(f.step(), Type.INT, scope);
                    Core to = tc.check(f.to(), Type.INT, scope);
                    Core range = tc.callNative("Range.seq", List.of(from, step, to), f.pos());
                    yield collect(new Pattern.Var(f.pos(), f.var()), range, f.body(), scope, f.pos());
                }
                case Expr.While w -> {
                    Core guard = thunk(tc.check(w.cond(), Type.BOOL, scope), w.pos());
                    Core body = delay(translate(w.body(), scope), w.pos());
                    yield tc.callNative("Seq.generateWhile", List.of(guard, body), w.pos());
                }
                case Expr.TryFinally t -> {
                    Core body = delay(translate(t.body(), scope), t.pos());
                    Core compensation = thunk(tc.check(t.finalizer(), Type.UNIT, scope), t.pos());
                    yield tc.callNative("Seq.tryFinally", List.of(body, compensation), t.pos());
                }
                case Expr.TryWith t -> throw new CompileError(t.pos(), "'try'/'with' cannot be used within sequence expressions");
                default -> {
                    Core value = tc.infer(e, scope);
                    if (implicit && !Type.prune(value.type()).equals(Type.UNIT)) yield singleton(value, e.pos());
                    unify(Type.UNIT, value.type(), e.pos());
                    yield new Core.Seq(value, empty(e.pos()), seqType);
                }
            };
        }

        /** A unit statement before the rest, not a part that yields: it runs and the rest follows. */
        private boolean isStatement(Expr e) {
            if (implicit) return false;
            return !DataChecker.yields(e);
        }

        private Core singleton(Core value, Pos pos) {
            unify(elem, value.type(), pos);
            return tc.callNative("Seq.singleton", List.of(value), pos);
        }

        private Core empty(Pos pos) {
            Core e = tc.callNative("Seq.empty", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos);
            unify(seqType, e.type(), pos);
            return e;
        }

        /** {@code Seq.collect (fun p -> [body]) source}. */
        private Core collect(Pattern pattern, Core source, Expr body, Scope scope, Pos pos) {
            Type item = new Type.Var(tc.level);
            TypeChecker.coerce(new Type.Con("seq", List.of(item)), source.type(), pos);
            Scope inner = scope.child();
            Var param;
            CPat destructure = null;
            if (pattern instanceof Pattern.Var pv) {
                param = new Var(pv.name(), item, false);
                inner.define(pv.name(), new Entry.Value(param, Scheme.mono(item)));
            } else {
                param = new Var("_s" + (tc.temps++), item, false);
                Map<String, Var> bound = new LinkedHashMap<>();
                destructure = tc.patterns.bind(pattern, item, bound, scope, false, "");
                for (Var b : bound.values()) inner.define(b.name, new Entry.Value(b, Scheme.mono(b.type)));
            }
            Core each = translate(body, inner);
            if (destructure != null) {
                each = new Core.Match(new Core.Ref(param, item, pos), List.of(new Core.Clause(destructure, null, each)), seqType, pos);
            }
            Core fn = new Core.Lambda(List.of(param), each, new Type.Fun(item, seqType), "seq", pos);
            return tc.callNative("Seq.collect", List.of(fn, source), pos);
        }
    }

    /** {@code seq { a .. b }}: ints computed as they are read; the other types (chars, floats, bytes …) as their list. */
    private Core range(Expr.Range r, Scope scope) {
        Core from = tc.infer(r.from(), scope);
        Type t = Type.prune(from.type());
        if (t instanceof Type.Var || t.equals(Type.INT)) {
            unify(Type.INT, from.type(), r.from().pos());
            Core step = r.step() == null ? new Core.Lit(1L, Type.INT) : tc.check(r.step(), Type.INT, scope);
            return tc.callNative("Range.seq", List.of(from, step, tc.check(r.to(), Type.INT, scope)), r.pos());
        }
        Core list = tc.data.range(r, from, scope);
        return tc.callNative("Seq.ofList", List.of(list), r.pos());
    }

    /** {@code Seq.delay (fun () -> s)}: s is built anew at each enumeration. */
    private Core delay(Core s, Pos pos) {
        return tc.callNative("Seq.delay", List.of(thunk(s, pos)), pos);
    }

    private Core thunk(Core body, Pos pos) {
        Var unit = new Var("_u" + (tc.temps++), Type.UNIT, false);
        return new Core.Lambda(List.of(unit), body, new Type.Fun(Type.UNIT, body.type()), "seq", pos);
    }
}
