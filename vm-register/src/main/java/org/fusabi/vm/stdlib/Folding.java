package org.fusabi.vm.stdlib;

import java.util.Iterator;
import java.util.function.Supplier;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Tuple;

/** The functions shared by List, Array and Seq that reduce a collection to one value, or to running values. */
final class Folding {
    private Folding() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "fold", "('s -> 'a -> 's) -> 's -> {'a} -> 's", (vm, a) -> {
            Object acc = a[1];
            try (Items.Each xs = Items.each(a[2])) {
                for (Object x : xs) acc = vm.apply(a[0], acc, x);
            }
            return acc;
        });
        s.define(lib, "fold2", "('s -> 'a -> 'b -> 's) -> 's -> {'a} -> {'b} -> 's", (vm, a) -> {
            Object acc = a[1];
            try (Items.Each pairs = Items.each(Aligned.of(s, a[2], a[3], (i, x) -> new Tuple(x)))) {
                for (Object p : pairs) acc = vm.apply(a[0], acc, ((Tuple) p).items[0], ((Tuple) p).items[1]);
            }
            return acc;
        });
        s.define(lib, "foldBack", "('a -> 's -> 's) -> {'a} -> 's -> 's", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            Object acc = a[2];
            for (int i = xs.length - 1; i >= 0; i--) acc = vm.apply(a[0], xs[i], acc);
            return acc;
        });
        s.define(lib, "foldBack2", "('a -> 'b -> 's -> 's) -> {'a} -> {'b} -> 's -> 's", (vm, a) -> {
            Object[] pairs = Items.toArray(foldBackPairs(s, a[1], a[2]));
            Object acc = a[3];
            for (int i = pairs.length - 1; i >= 0; i--) {
                acc = vm.apply(a[0], ((Tuple) pairs[i]).items[0], ((Tuple) pairs[i]).items[1], acc);
            }
            return acc;
        });
        s.define(lib, "scanBack", "('a -> 's -> 's) -> {'a} -> 's -> {'s}", (vm, a) -> s.fromSeq(FSeq.of(() -> {
            Object[] xs = Items.toArray(a[1]);
            Object[] out = new Object[xs.length + 1];
            out[xs.length] = a[2];
            for (int i = xs.length - 1; i >= 0; i--) out[i] = vm.apply(a[0], xs[i], out[i + 1]);
            return Items.enumerate(out);
        })));
        s.define(lib, "reduce", "('a -> 'a -> 'a) -> {'a} -> 'a", (vm, a) -> {
            try (Items.Each xs = Items.each(a[1])) {
                Iterator<Object> it = nonEmpty(xs, s::empty);
                Object acc = it.next();
                while (it.hasNext()) acc = vm.apply(a[0], acc, it.next());
                return acc;
            }
        });
        s.define(lib, "reduceBack", "('a -> 'a -> 'a) -> {'a} -> 'a", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            if (xs.length == 0) throw s.empty();
            Object acc = xs[xs.length - 1];
            for (int i = xs.length - 2; i >= 0; i--) acc = vm.apply(a[0], xs[i], acc);
            return acc;
        });
        s.defineNumeric(lib, "sum", "{^a} -> ^a", zero -> (vm, a) -> {
            Object acc = zero;
            try (Items.Each xs = Items.each(a[0])) {
                for (Object x : xs) acc = Numeric.addChecked(acc, x);
            }
            return acc;
        });
        s.defineNumeric(lib, "sumBy", "('b -> ^a) -> {'b} -> ^a", zero -> (vm, a) -> {
            Object acc = zero;
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) acc = Numeric.addChecked(acc, vm.apply(a[0], x));
            }
            return acc;
        });
        // F#'s average needs division by an int (DivideByInt), which float, float32 and decimal have.
        s.define(lib, "average", "{%a} -> %a", (vm, a) -> average(vm, s, null, a[0]));
        s.define(lib, "averageBy", "('a -> %b) -> {'a} -> %b", (vm, a) -> average(vm, s, a[0], a[1]));
        s.define(lib, "max", "{'a} -> 'a", (vm, a) -> extreme(vm, s, null, a[0], true));
        s.define(lib, "min", "{'a} -> 'a", (vm, a) -> extreme(vm, s, null, a[0], false));
        s.define(lib, "maxBy", "('a -> 'b) -> {'a} -> 'a", (vm, a) -> extreme(vm, s, a[0], a[1], true));
        s.define(lib, "minBy", "('a -> 'b) -> {'a} -> 'a", (vm, a) -> extreme(vm, s, a[0], a[1], false));
        s.define(lib, "compareWith", "('a -> 'a -> int) -> {'a} -> {'a} -> int", (vm, a) -> {
            try (Enumerator xs = Items.enumerate(a[1]); Enumerator ys = Items.enumerate(a[2])) {
                while (true) {
                    boolean x = xs.moveNext();
                    boolean y = ys.moveNext();
                    if (x != y) return x ? 1L : -1L;
                    if (!x) return 0L;
                    long c = (Long) vm.apply(a[0], xs.current(), ys.current());
                    if (c != 0) return c;
                }
            }
        });
    }

    /** The first element of a non-empty enumeration, or the error F# raises for an empty one. */
    static Iterator<Object> nonEmpty(Iterable<Object> xs, Supplier<ScriptError> ifEmpty) {
        Iterator<Object> it = xs.iterator();
        if (!it.hasNext()) throw ifEmpty.get();
        return it;
    }

    /**
     * F#'s List.foldBack2 compares lengths before it starts, except when one list is empty; Array's checks
     * first; Seq's zips to the shorter.
     */
    private static Object foldBackPairs(Shape s, Object xs, Object ys) {
        if (s == Shape.LIST && !Items.isEmpty(xs) && !Items.isEmpty(ys)) {
            int n1 = Items.length(xs);
            int n2 = Items.length(ys);
            if (n1 != n2) {
                throw NetErrors.argument(FSharpErrors.LISTS_DIFFER + "\nlist1.Length = " + n1
                        + ", list2.Length = " + n2, "list1, list2");
            }
        }
        return Aligned.of(s, xs, ys, (i, x) -> new Tuple(x));
    }

    /** The sum divided by the count, in the elements' type, as LanguagePrimitives.DivideByInt does. */
    private static Object average(Interpreter vm, Shape s, Object projection, Object collection) {
        Object sum = null;
        long n = 0;
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) {
                Object v = projection == null ? x : vm.apply(projection, x);
                sum = sum == null ? v : Numeric.add(sum, v);
                n++;
            }
        }
        if (n == 0) throw s.emptyAverage();
        return Numeric.divide(sum, Numeric.ofCount(sum, n));
    }

    /** The first element that no later one beats, as F#'s max and min keep the earliest of equals. */
    private static Object extreme(Interpreter vm, Shape s, Object projection, Object collection, boolean max) {
        try (Items.Each xs = Items.each(collection)) {
            Iterator<Object> it = nonEmpty(xs, s::emptyExtreme);
            Object best = it.next();
            Object bestKey = projection == null ? best : vm.apply(projection, best);
            while (it.hasNext()) {
                Object x = it.next();
                Object key = projection == null ? x : vm.apply(projection, x);
                if (max ? Order.greater(key, bestKey) : Order.greater(bestKey, key)) {
                    best = x;
                    bestKey = key;
                }
            }
            return best;
        }
    }
}
