package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Iterator;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;

/** The functions shared by List, Array and Seq that reduce a collection to one value, or to running values. */
final class Folding {
    private Folding() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "fold", "('s -> 'a -> 's) -> 's -> {'a} -> 's", (vm, a) -> {
            Object acc = a[1];
            for (Object x : Items.of(a[2])) acc = vm.apply(a[0], acc, x);
            return acc;
        });
        s.define(lib, "foldBack", "('a -> 's -> 's) -> {'a} -> 's -> 's", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            Object acc = a[2];
            for (int i = xs.length - 1; i >= 0; i--) acc = vm.apply(a[0], xs[i], acc);
            return acc;
        });
        s.define(lib, "scan", "('s -> 'a -> 's) -> 's -> {'a} -> {'s}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            Object acc = a[1];
            out.add(acc);
            for (Object x : Items.of(a[2])) out.add(acc = vm.apply(a[0], acc, x));
            return s.build(out);
        });
        s.define(lib, "reduce", "('a -> 'a -> 'a) -> {'a} -> 'a", (vm, a) -> {
            Iterator<Object> it = nonEmpty(s, "reduce", a[1]);
            Object acc = it.next();
            while (it.hasNext()) acc = vm.apply(a[0], acc, it.next());
            return acc;
        });
        s.defineNumeric(lib, "sum", "{^a} -> ^a", zero -> (vm, a) -> {
            Object acc = zero;
            for (Object x : Items.of(a[0])) acc = Numeric.add(acc, x);
            return acc;
        });
        s.defineNumeric(lib, "sumBy", "('b -> ^a) -> {'b} -> ^a", zero -> (vm, a) -> {
            Object acc = zero;
            for (Object x : Items.of(a[1])) acc = Numeric.add(acc, vm.apply(a[0], x));
            return acc;
        });
        // F#'s average needs division by an int, which of Fusabi's types only float supports.
        s.define(lib, "average", "{float} -> float", (vm, a) -> {
            Iterator<Object> it = nonEmpty(s, "average", a[0]);
            double sum = 0.0;
            long n = 0;
            for (; it.hasNext(); n++) sum += (Double) it.next();
            return sum / n;
        });
        s.define(lib, "averageBy", "('a -> float) -> {'a} -> float", (vm, a) -> {
            Iterator<Object> it = nonEmpty(s, "averageBy", a[1]);
            double sum = 0.0;
            long n = 0;
            for (; it.hasNext(); n++) sum += (Double) vm.apply(a[0], it.next());
            return sum / n;
        });
        s.define(lib, "max", "{'a} -> 'a", (vm, a) -> extreme(s, "max", a[0], true));
        s.define(lib, "min", "{'a} -> 'a", (vm, a) -> extreme(s, "min", a[0], false));
        s.define(lib, "maxBy", "('a -> 'b) -> {'a} -> 'a", (vm, a) -> extremeBy(s, "maxBy", vm, a[0], a[1], true));
        s.define(lib, "minBy", "('a -> 'b) -> {'a} -> 'a", (vm, a) -> extremeBy(s, "minBy", vm, a[0], a[1], false));
    }

    static Iterator<Object> nonEmpty(Shape s, String fn, Object collection) {
        Iterator<Object> it = Items.of(collection).iterator();
        if (!it.hasNext()) throw s.empty(fn);
        return it;
    }

    /** The first element that no later one beats, as F#'s max and min keep the earliest of equals. */
    private static Object extreme(Shape s, String fn, Object collection, boolean max) {
        Iterator<Object> it = nonEmpty(s, fn, collection);
        Object best = it.next();
        while (it.hasNext()) {
            Object x = it.next();
            if (max ? Order.greater(x, best) : Order.greater(best, x)) best = x;
        }
        return best;
    }

    private static Object extremeBy(Shape s, String fn, Interpreter vm, Object f, Object collection,
                                    boolean max) {
        Iterator<Object> it = nonEmpty(s, fn, collection);
        Object best = it.next();
        Object bestKey = vm.apply(f, best);
        while (it.hasNext()) {
            Object x = it.next();
            Object key = vm.apply(f, x);
            if (max ? Order.greater(key, bestKey) : Order.greater(bestKey, key)) {
                best = x;
                bestKey = key;
            }
        }
        return best;
    }
}
