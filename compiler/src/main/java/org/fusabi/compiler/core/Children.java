package org.fusabi.compiler.core;

import java.util.ArrayList;
import java.util.List;

/** The parts of a node of the typed program, for the passes that walk all of it. */
public final class Children {
    private Children() {}

    /** The functions of the active patterns in a pattern, which are expressions evaluated as it is matched. */
    public static List<Core> viewFunctions(CPat p) {
        List<Core> out = new ArrayList<>();
        addViewFunctions(p, out);
        return out;
    }

    private static void addViewFunctions(CPat p, List<Core> out) {
        if (p instanceof CPat.View v) out.add(v.function());
        for (CPat part : parts(p)) addViewFunctions(part, out);
    }

    /** The patterns a pattern is made of. */
    public static List<CPat> parts(CPat p) {
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
    public static List<Core> of(Core e) {
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
                List<Core> out = new ArrayList<>();
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
        List<Core> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
