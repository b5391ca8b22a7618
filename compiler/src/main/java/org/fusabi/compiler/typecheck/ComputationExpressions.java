package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.value.Unit;

/**
 * A builder's computation expression, {@code maybe { let! x = a; return x + 1 }}, translated into calls of the
 * builder's methods as the F# spec (6.3.10) and compiler do, then checked as ordinary code: {@code let! p = e in c}
 * is {@code b.Bind(e, fun p -> [c])}, {@code return e} {@code b.Return(e)}, {@code c1; c2}
 * {@code b.Combine([c1], b.Delay(fun () -> [c2]))} (plain statements just run first), {@code for p in e do c}
 * {@code b.For(e, fun p -> [c])}, {@code while}, {@code try}, {@code use} through While, TryWith, TryFinally and
 * Using, a missing else {@code b.Zero()}; the whole is {@code b.Run(b.Delay(fun () -> [c]))} where the builder has
 * those methods.
 */
final class ComputationExpressions {
    private final TypeChecker tc;

    ComputationExpressions(TypeChecker tc) {
        this.tc = tc;
    }

    Core expression(Expr.Computation c, Scope scope) {
        Pos pos = c.pos();
        Core builder = tc.infer(c.builder(), scope);
        Type type = Type.prune(builder.type());
        if (!(type instanceof Type.Con)) {
            String name = c.builder() instanceof Expr.Ident id ? "'" + String.join(".", id.parts()) + "'" : "This expression";
            throw new CompileError(pos, name + " is not a computation expression builder: its type is not known");
        }
        Var var = new Var("builder@" + (tc.temps++), type, false);
        Scope inner = scope.child();
        inner.define(var.name, new Entry.Value(var, Scheme.mono(type)));
        Translation t = new Translation(var.name, type);
        Expr body = t.translate(c.body());
        if (t.has("Delay")) body = t.delay(body);
        if (t.has("Run")) body = t.call("Run", pos, body);
        Core out = tc.infer(body, inner);
        return new Core.Let(var, builder, out, out.type());
    }

    private final class Translation {
        private final String builder;
        private final Type type;

        Translation(String builder, Type type) {
            this.builder = builder;
            this.type = type;
        }

        Expr translate(Expr e) {
            Pos pos = e.pos();
            return switch (e) {
                case Expr.LetBang l when l.body() == null -> bind(l.value(), l.pattern(), has("Return") ? call("Return", pos, unit(pos)) : zero(pos));
                case Expr.LetBang l when l.use() -> {
                    if (!(l.pattern() instanceof Pattern.Var v)) throw new CompileError(pos, "'use!' binds a name: use! x = e");
                    Expr using = call("Using", pos, new Expr.Ident(pos, List.of(v.name())), lambda(l.pattern(), translate(l.body())));
                    yield bind(l.value(), l.pattern(), using);
                }
                case Expr.LetBang l -> bind(l.value(), l.pattern(), translate(l.body()));
                case Expr.Return r -> call(r.bang() ? "ReturnFrom" : "Return", pos, r.value());
                case Expr.Yield y -> call("Yield", pos, y.value());
                case Expr.YieldFrom y -> call("YieldFrom", pos, y.value());
                case Expr.Seq s when s.first() instanceof Expr.LetBang l && l.body() == null -> bind(l.value(), l.pattern(), translate(s.second()));
                case Expr.Seq s when simple(s.first()) -> new Expr.Seq(pos, s.first(), translate(s.second()));
                case Expr.Seq s -> {
                    require("Combine", pos); // before Delay, as F# reports it
                    yield call("Combine", pos, translate(s.first()), delay(translate(s.second())));
                }
                case Expr.Let l -> new Expr.Let(pos, l.rec(), l.bindings(), translate(l.body()));
                case Expr.Use u -> call("Using", pos, u.binding().body(), lambda(u.binding().pattern(), translate(u.body())));
                case Expr.If i when simple(i) -> plain(i);
                case Expr.If i -> new Expr.If(pos, i.cond(), translate(i.thenBranch()), i.elseBranch() == null ? zero(pos) : translate(i.elseBranch()));
                case Expr.Match m when simple(m) -> plain(m);
                case Expr.Match m -> new Expr.Match(pos, m.scrutinee(), m.cases().stream()
                        .map(k -> new Expr.Case(k.pos(), k.pattern(), k.guard(), translate(k.body()))).toList());
                case Expr.ForIn f when !simple(f.body()) -> call("For", pos, f.seq(), lambda(f.pattern(), translate(f.body())));
                case Expr.ForRange f when !simple(f.body()) -> call("For", pos, new Expr.Range(pos, false, f.from(), f.down() ? negative(f) : f.step(), f.to()),
                        lambda(new Pattern.Var(pos, f.var()), translate(f.body())));
                case Expr.While w when !simple(w.body()) -> call("While", pos, lambda(new Pattern.Const(pos, Unit.VALUE), w.cond()), delay(translate(w.body())));
                case Expr.TryWith t when !simple(t) -> call("TryWith", pos, delay(translate(t.body())), handler(t));
                case Expr.TryFinally t when !simple(t.body()) -> call("TryFinally", pos, delay(translate(t.body())),
                        lambda(new Pattern.Const(pos, Unit.VALUE), t.finalizer()));
                default -> plain(e);
            };
        }

        /** A statement with no step of the builder's in it, ending the expression: it runs, then {@code b.Zero()}. */
        private Expr plain(Expr e) {
            return new Expr.Seq(e.pos(), e, zero(e.pos()));
        }

        private Expr negative(Expr.ForRange f) {
            return new Expr.Unary(f.pos(), "-", f.step() == null ? new Expr.Const(f.pos(), 1L) : f.step());
        }

        /** {@code fun e -> match e with <the handlers> | e -> reraise}: TryWith's handler of every exception. */
        private Expr handler(Expr.TryWith t) {
            Pos pos = t.pos();
            String name = "exn@" + (tc.temps++);
            List<Expr.Case> cases = new ArrayList<>();
            for (Expr.Case k : t.handlers()) cases.add(new Expr.Case(k.pos(), k.pattern(), k.guard(), translate(k.body())));
            Expr.Ident exn = new Expr.Ident(pos, List.of(name));
            cases.add(new Expr.Case(pos, new Pattern.Wild(pos), null, new Expr.App(pos, new Expr.Ident(pos, List.of("raise")), exn)));
            return lambda(new Pattern.Var(pos, name), new Expr.Match(pos, exn, cases));
        }

        private Expr bind(Expr value, Pattern pattern, Expr rest) {
            return call("Bind", value.pos(), value, lambda(pattern, rest));
        }

        private Expr zero(Pos pos) {
            return call("Zero", pos, unit(pos));
        }

        /** {@code b.Delay(fun () -> body)}. */
        Expr delay(Expr body) {
            return call("Delay", body.pos(), lambda(new Pattern.Const(body.pos(), Unit.VALUE), body));
        }

        /**
         * {@code b.Name(args)}. A single argument is bound to a name first, so that one which is a tuple is passed as
         * one value rather than read as the method's argument list.
         */
        Expr call(String method, Pos pos, Expr... args) {
            require(method, pos);
            Expr target = new Expr.Ident(pos, List.of(builder, method));
            if (args.length > 1) return new Expr.App(pos, target, new Expr.Tuple(pos, List.of(args)));
            if (args[0] instanceof Expr.Const k && k.value() == Unit.VALUE) return new Expr.App(pos, target, args[0]);
            String arg = "arg@" + (tc.temps++);
            Expr.Binding binding = new Expr.Binding(pos, new Pattern.Var(pos, arg), List.of(), null, args[0], false);
            return new Expr.Let(pos, false, List.of(binding), new Expr.App(pos, target, new Expr.Ident(pos, List.of(arg))));
        }

        private void require(String method, Pos pos) {
            if (!has(method)) {
                throw new CompileError(pos, "This control construct may only be used if the computation expression builder defines a '"
                                            + method + "' method (the builder's type is '" + TypePrinter.print(type) + "')");
            }
        }

        boolean has(String method) {
            TypeDecl decl = Builtins.declOf(type);
            if (decl != null) return tc.userMembers.find(decl, method, false) != null;
            String prefix = MemberChecker.nativePrefix((Type.Con) type);
            return prefix != null && !tc.library.overloads(prefix + "#" + method).isEmpty();
        }
    }

    private static Expr lambda(Pattern param, Expr body) {
        return new Expr.Lambda(body.pos(), List.of(param), body);
    }

    private static Expr unit(Pos pos) {
        return new Expr.Const(pos, Unit.VALUE);
    }

    /** Whether an expression has none of a builder's steps outside nested lambdas and computations: it just runs. */
    static boolean simple(Expr e) {
        return switch (e) {
            case Expr.LetBang l -> false;
            case Expr.Return r -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.Seq s -> simple(s.first()) && simple(s.second());
            case Expr.Let l -> simple(l.body());
            case Expr.Use u -> simple(u.body());
            case Expr.If i -> simple(i.thenBranch()) && (i.elseBranch() == null || simple(i.elseBranch()));
            case Expr.Match m -> m.cases().stream().allMatch(k -> simple(k.body()));
            case Expr.ForIn f -> simple(f.body());
            case Expr.ForRange f -> simple(f.body());
            case Expr.While w -> simple(w.body());
            case Expr.TryWith t -> simple(t.body()) && t.handlers().stream().allMatch(k -> simple(k.body()));
            case Expr.TryFinally t -> simple(t.body());
            default -> true;
        };
    }
}
