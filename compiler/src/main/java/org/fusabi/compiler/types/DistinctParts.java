package org.fusabi.compiler.types;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks a type visiting each of its parts once. Unification shares parts rather than copying them,
 * so a type can have exponentially more paths than parts: composing {@code let p x = (x, x)} 26 times makes a type
 * of 2^26 paths, and walks along every path (the occurs check, level adjustment, generalisation) took 28 s.
 */
public final class DistinctParts {
    private final Predicate<Type> test;
    /**
     * Parts of more than one part already visited, made at the first such part. Only they can make paths multiply:
     * a part of one part (a list, an option) is walked again when it is reached again, down to its next part of
     * several, so a type nested deep in lists ({@code [[[...]]]}) is walked without a set.
     */
    private Set<Type> seen;

    private DistinctParts(Predicate<Type> test) {
        this.test = test;
    }

    /** Whether the test holds for a variable of the type (a variable shared by several parts may be tested again). */
    public static boolean anyVar(Type t, Predicate<Type.Var> test) {
        return any(t, part -> part instanceof Type.Var v && test.test(v));
    }

    /** Whether the test holds for a part of the type, parts tried in the order they print; stops at the first. */
    public static boolean any(Type t, Predicate<Type> test) {
        return new DistinctParts(test).visit(t);
    }

    private boolean visit(Type t) {
        t = Type.prune(t);
        if (test.test(t)) return true;
        if (t instanceof Type.Var) return false;
        if (t instanceof Type.Con c && c.args().size() <= 1) return c.args().size() == 1 && visit(c.args().getFirst());
        if (seen == null) seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!seen.add(t)) return false;
        switch (t) {
            case Type.Con c -> {
                for (Type a : c.args()) if (visit(a)) return true;
                return false;
            }
            case Type.Fun f -> {
                return visit(f.from()) || visit(f.to());
            }
            case Type.Tuple tu -> {
                for (Type i : tu.items()) if (visit(i)) return true;
                return false;
            }
            case Type.Var v -> throw new AssertionError(v);
        }
    }
}
