package org.fusabi.compiler.types;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;

/** Unification with the occurs check, level adjustment and the overloading constraints of arithmetic operators. */
public final class Unifier {
    private Unifier() {}

    /** Unifies the type an expression has with the type its context expects, or reports both at pos. */
    public static void unify(Type expected, Type actual, Pos pos) {
        if (!tryUnify(expected, actual)) {
            Type other = isNull(expected) ? actual : isNull(actual) ? expected : null;
            if (other != null) throw new CompileError(pos, "The type '" + TypePrinter.print(other) + "' does not have 'null' as a proper value");
            String[] names = TypePrinter.printAll(expected, actual);
            throw new CompileError(pos, "This expression was expected to have type '" + names[0]
                    + "' but here has type '" + names[1] + "'");
        }
    }

    private static boolean isNull(Type t) {
        return Type.prune(t) instanceof Type.Var v && v.constraint == Type.Constraint.NULL;
    }

    public static boolean tryUnify(Type a, Type b) {
        return tryUnify(a, b, null);
    }

    /**
     * {@code done} holds the pairs of compound types already unified in this call: types share parts (instantiation
     * copies a shared part once), and unifying a pair twice would walk every path of such a type, exponentially many.
     */
    private static boolean tryUnify(Type a, Type b, Map<Type, Set<Type>> done) {
        a = Type.prune(a);
        b = Type.prune(b);
        if (a == b) return true;
        if (a instanceof Type.Var va) return bind(va, b);
        if (b instanceof Type.Var vb) return bind(vb, a);
        if (done == null) done = new IdentityHashMap<>();
        if (!done.computeIfAbsent(a, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(b)) return true;
        if (a instanceof Type.Fun fa && b instanceof Type.Fun fb) {
            return tryUnify(fa.from(), fb.from(), done) && tryUnify(fa.to(), fb.to(), done);
        }
        if (a instanceof Type.Tuple ta && b instanceof Type.Tuple tb) {
            if (ta.items().size() != tb.items().size()) return false;
            for (int i = 0; i < ta.items().size(); i++) if (!tryUnify(ta.items().get(i), tb.items().get(i), done)) return false;
            return true;
        }
        if (a instanceof Type.Con ca && b instanceof Type.Con cb) {
            if (!ca.name().equals(cb.name()) || ca.decl() != cb.decl() || ca.args().size() != cb.args().size()) return false;
            for (int i = 0; i < ca.args().size(); i++) if (!tryUnify(ca.args().get(i), cb.args().get(i), done)) return false;
            return true;
        }
        return false;
    }

    private static boolean bind(Type.Var v, Type t) {
        if (t instanceof Type.Var w) {
            Type.Constraint both = w.constraint.meet(v.constraint);
            if (both == null) return false;
            w.constraint = both;
            w.level = Math.min(w.level, v.level);
            v.instance = w;
            return true;
        }
        if (occurs(v, t)) return false;
        if (v.constraint != Type.Constraint.NONE) {
            if (!v.constraint.admits(t)) return false;
        }
        lowerLevels(t, v.level);
        v.instance = t;
        return true;
    }

    private static boolean occurs(Type.Var v, Type t) {
        return DistinctParts.anyVar(t, w -> w == v);
    }

    private static void lowerLevels(Type t, int level) {
        DistinctParts.anyVar(t, w -> {
            w.level = Math.min(w.level, level);
            return false;
        });
    }
}
