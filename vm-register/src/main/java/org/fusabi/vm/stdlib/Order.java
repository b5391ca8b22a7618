package org.fusabi.vm.stdlib;

import java.util.Comparator;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.value.Values;

/** Orderings for sorting, max and min, with F#'s rules. */
final class Order {
    private Order() {}

    static final Comparator<Object> STRUCTURAL = Values::compare;

    /** A comparer given by the script ({@code 'a -> 'a -> int}), as List.sortWith takes. */
    static Comparator<Object> script(Interpreter vm, Object comparer) {
        return (a, b) -> Long.signum((Long) vm.apply(comparer, a, b));
    }

    /**
     * F#'s {@code a > b} as List.max uses it: on floats the IEEE comparison (false whenever NaN is involved,
     * so the first of the values wins), elsewhere structural comparison.
     */
    static boolean greater(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x > y;
        return Values.compare(a, b) > 0;
    }

    /** Stable merge sort in place. Unlike TimSort it accepts inconsistent script comparers, as F# does. */
    static void sort(Object[] a, Comparator<Object> order) {
        Object[] src = a;
        Object[] dst = new Object[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                merge(src, dst, lo, Math.min(lo + width, a.length), Math.min(lo + 2 * width, a.length), order);
            }
            Object[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) System.arraycopy(src, 0, a, 0, a.length);
    }

    private static void merge(Object[] src, Object[] dst, int lo, int mid, int hi, Comparator<Object> order) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            boolean takeLeft = j >= hi || i < mid && order.compare(src[i], src[j]) <= 0;
            dst[k] = takeLeft ? src[i++] : src[j++];
        }
    }

    /** Sorts in place, stably, by keys computed once per element in element order, as F#'s sortBy does. */
    static void sortBy(Interpreter vm, Object projection, Object[] a, boolean descending) {
        Object[] keyed = new Object[a.length];
        for (int i = 0; i < a.length; i++) keyed[i] = new Keyed(vm.apply(projection, a[i]), a[i]);
        Comparator<Object> byKey = (x, y) -> Values.compare(((Keyed) x).key, ((Keyed) y).key);
        sort(keyed, descending ? byKey.reversed() : byKey);
        for (int i = 0; i < a.length; i++) a[i] = ((Keyed) keyed[i]).value;
    }

    private record Keyed(Object key, Object value) {}
}
