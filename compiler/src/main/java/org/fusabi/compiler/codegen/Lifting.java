package org.fusabi.compiler.codegen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;

/**
 * Decides which let-bound functions need no closure: top-level functions, and local ones (or local let rec
 * groups) that use no local variable of an enclosing function. Those become plain prototypes called
 * directly (CALLG) with no closure allocated, which is what makes recursive helpers as fast as top-level ones.
 */
final class Lifting {
    private final Map<Core.Lambda, Boolean> lifted = new IdentityHashMap<>();

    boolean lifted(Core.Lambda fn) {
        return lifted.getOrDefault(fn, false);
    }

    void analyze(Core e) {
        switch (e) {
            case Core.Let let -> {
                if (let.value() instanceof Core.Lambda fn && let.var().function == fn) {
                    analyze(fn.body());
                    lifted.put(fn, let.var().global() || free(fn, Set.of()).isEmpty());
                } else {
                    analyze(let.value());
                }
                analyze(let.body());
            }
            case Core.LetRec rec -> {
                for (Core.Lambda fn : rec.functions()) analyze(fn.body());
                Set<Var> group = newVarSet();
                group.addAll(rec.vars());
                boolean all = rec.vars().get(0).global();
                if (!all) {
                    all = true;
                    for (Core.Lambda fn : rec.functions()) all &= free(fn, group).isEmpty();
                }
                for (Core.Lambda fn : rec.functions()) lifted.put(fn, all);
                analyze(rec.body());
            }
            default -> children(e).forEach(this::analyze);
        }
    }

    /** The local variables a function uses but does not bind, ignoring those in {@code excluded}. */
    Set<Var> free(Core.Lambda fn, Set<Var> excluded) {
        Set<Var> out = newVarSet();
        Set<Var> bound = newVarSet();
        bound.addAll(fn.params());
        collect(fn.body(), bound, excluded, out);
        return out;
    }

    private void collect(Core e, Set<Var> bound, Set<Var> excluded, Set<Var> out) {
        switch (e) {
            case Core.Ref ref -> {
                Var v = ref.var();
                boolean liftedFn = v.function != null && lifted(v.function);
                if (!v.global() && !bound.contains(v) && !excluded.contains(v) && !liftedFn) out.add(v);
            }
            case Core.Lambda l -> {
                bound.addAll(l.params());
                collect(l.body(), bound, excluded, out);
            }
            case Core.Let let -> {
                collect(let.value(), bound, excluded, out);
                bound.add(let.var());
                collect(let.body(), bound, excluded, out);
            }
            case Core.LetRec rec -> {
                bound.addAll(rec.vars());
                for (Core.Lambda fn : rec.functions()) collect(fn, bound, excluded, out);
                collect(rec.body(), bound, excluded, out);
            }
            case Core.Match m -> {
                collect(m.scrutinee(), bound, excluded, out);
                for (Core.Clause c : m.clauses()) {
                    for (Core f : viewFunctions(c.pattern())) collect(f, bound, excluded, out);
                    bindPattern(c.pattern(), bound);
                    if (c.guard() != null) collect(c.guard(), bound, excluded, out);
                    collect(c.body(), bound, excluded, out);
                }
            }
            case Core.For f -> {
                bound.add(f.var());
                children(e).forEach(c -> collect(c, bound, excluded, out));
            }
            case Core.ForEach f -> {
                bound.add(f.element());
                children(e).forEach(c -> collect(c, bound, excluded, out));
            }
            case Core.TryWith t -> {
                collect(t.body(), bound, excluded, out);
                bound.add(t.exn());
                collect(t.handler(), bound, excluded, out);
            }
            case Core.Assign a -> {
                if (!a.var().global() && !bound.contains(a.var()) && !excluded.contains(a.var())) out.add(a.var());
                collect(a.value(), bound, excluded, out);
            }
            default -> children(e).forEach(c -> collect(c, bound, excluded, out));
        }
    }

    static void bindPattern(CPat p, Set<Var> bound) {
        if (p instanceof CPat.Bind b) bound.add(b.var());
        for (CPat part : parts(p)) bindPattern(part, bound);
    }

    /** The functions of the active patterns in a pattern, which are expressions evaluated as it is matched. */
    static List<Core> viewFunctions(CPat p) {
        List<Core> out = new java.util.ArrayList<>();
        addViewFunctions(p, out);
        return out;
    }

    private static void addViewFunctions(CPat p, List<Core> out) {
        if (p instanceof CPat.View v) out.add(v.function());
        for (CPat part : parts(p)) addViewFunctions(part, out);
    }

    /** The patterns a pattern is made of. */
    private static List<CPat> parts(CPat p) {
        return switch (p) {
            case CPat.Bind b -> List.of(b.inner());
            case CPat.Tuple t -> t.items();
            case CPat.Cons c -> List.of(c.head(), c.tail());
            case CPat.Case c -> c.args();
            case CPat.Record r -> r.fields();
            case CPat.Array a -> a.items();
            case CPat.Or o -> List.of(o.left(), o.right());
            case CPat.View v -> List.of(v.result());
            default -> List.of();
        };
    }

    /** The direct subexpressions of a node. */
    static List<Core> children(Core e) {
        return switch (e) {
            case Core.Lit l -> List.of();
            case Core.Ref r -> List.of();
            case Core.NativeRef n -> List.of();
            case Core.MatchFail m -> List.of();
            case Core.App a -> concat(List.of(a.fn()), a.args());
            case Core.Lambda l -> List.of(l.body());
            case Core.Let l -> List.of(l.value(), l.body());
            case Core.LetRec r -> concat(List.copyOf(r.functions()), List.of(r.body()));
            case Core.If i -> List.of(i.cond(), i.then(), i.otherwise());
            case Core.Seq s -> List.of(s.first(), s.second());
            case Core.Op o -> o.args();
            case Core.Tuple t -> t.items();
            case Core.Match m -> {
                List<Core> out = new java.util.ArrayList<>();
                out.add(m.scrutinee());
                for (Core.Clause c : m.clauses()) {
                    out.addAll(viewFunctions(c.pattern()));
                    if (c.guard() != null) out.add(c.guard());
                    out.add(c.body());
                }
                yield out;
            }
            case Core.Record r -> r.fields();
            case Core.GetField g -> List.of(g.target());
            case Core.SetField s -> List.of(s.target(), s.value());
            case Core.Ctor c -> c.args();
            case Core.Assign a -> List.of(a.value());
            case Core.While w -> List.of(w.cond(), w.body());
            case Core.For f -> f.step() == null ? List.of(f.from(), f.limit(), f.body()) : List.of(f.from(), f.step(), f.limit(), f.body());
            case Core.ForEach f -> List.of(f.seq(), f.body());
            case Core.Format f -> f.args();
            case Core.Fail f -> List.of(f.message());
            case Core.TryWith t -> List.of(t.body(), t.handler());
            case Core.TryFinally t -> List.of(t.body(), t.finalizer());
            case Core.Deferred d -> List.of(d.resolved());
        };
    }

    private static List<Core> concat(List<Core> a, List<Core> b) {
        List<Core> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Variables compare by identity; insertion order keeps register assignment, and so images, reproducible. */
    static Set<Var> newVarSet() {
        return new java.util.LinkedHashSet<>();
    }
}
