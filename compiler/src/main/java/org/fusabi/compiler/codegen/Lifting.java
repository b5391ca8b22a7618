package org.fusabi.compiler.codegen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Children;
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
            default -> Children.of(e).forEach(this::analyze);
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
                    for (Core f : Children.viewFunctions(c.pattern())) collect(f, bound, excluded, out);
                    bindPattern(c.pattern(), bound);
                    if (c.guard() != null) collect(c.guard(), bound, excluded, out);
                    collect(c.body(), bound, excluded, out);
                }
            }
            case Core.For f -> {
                bound.add(f.var());
                Children.of(e).forEach(c -> collect(c, bound, excluded, out));
            }
            case Core.ForEach f -> {
                bound.add(f.element());
                Children.of(e).forEach(c -> collect(c, bound, excluded, out));
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
            default -> Children.of(e).forEach(c -> collect(c, bound, excluded, out));
        }
    }

    static void bindPattern(CPat p, Set<Var> bound) {
        if (p instanceof CPat.Bind b) bound.add(b.var());
        for (CPat part : Children.parts(p)) bindPattern(part, bound);
    }

    /** Variables compare by identity; insertion order keeps register assignment, and so images, reproducible. */
    static Set<Var> newVarSet() {
        return new java.util.LinkedHashSet<>();
    }
}
