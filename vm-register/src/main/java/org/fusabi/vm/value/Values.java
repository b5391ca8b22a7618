package org.fusabi.vm.value;

import java.math.BigDecimal;

/** Structural equality, comparison and hashing of boxed values, with F#'s rules. */
public final class Values {
    private Values() {}

    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof FList x && b instanceof FList y) {
            while (x != FList.NIL && y != FList.NIL) {
                if (!equal(x.head, y.head)) return false;
                x = x.tail;
                y = y.tail;
            }
            return x == y;
        }
        if (a instanceof Tuple x && b instanceof Tuple y) return allEqual(x.items, y.items);
        if (ArrayValues.isArray(a) && ArrayValues.isArray(b)) return allEqual(ArrayValues.boxed(a), ArrayValues.boxed(b));
        if (a instanceof UnionValue x && b instanceof UnionValue y) {
            return x.type.equals(y.type) && x.tag == y.tag && allEqual(x.boxedFields(), y.boxedFields());
        }
        if (a instanceof RecordValue x && b instanceof RecordValue y) {
            return x.type.equals(y.type) && allEqual(x.boxedFields(), y.boxedFields());
        }
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        if (a instanceof Float x && b instanceof Float y) return x.floatValue() == y.floatValue();
        // .NET decimals are equal by value: 1.0M = 1.00M.
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return a.equals(b);
    }

    static boolean allEqual(Object[] x, Object[] y) {
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
        return true;
    }

    /** F#'s generic comparison: -1, 0 or 1. Strings compare ordinally; arrays by length first. */
    public static int compare(Object a, Object b) {
        if (a == b) return 0;
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof Double x && b instanceof Double y) return sign(Double.compare(x, y));
        // F# compares strings with String.CompareOrdinal, whose result is Java's: the first differing chars' difference,
        // else the lengths'.
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        if (a instanceof Character x && b instanceof Character y) return sign(Character.compare(x, y));
        if (a instanceof Boolean x && b instanceof Boolean y) return Boolean.compare(x, y);
        if (a instanceof Float x && b instanceof Float y) return sign(Float.compare(x, y));
        // The other numbers (int32, bigint, decimal, byte …) compare as their Java boxes do, unsigned ones unsigned.
        if (a instanceof Number && a.getClass() == b.getClass() || a instanceof BoxedInt && b instanceof BoxedInt) {
            @SuppressWarnings("unchecked")
            Comparable<Object> x = (Comparable<Object>) a;
            return sign(x.compareTo(b));
        }
        if (a instanceof FList x && b instanceof FList y) {
            while (x != FList.NIL && y != FList.NIL) {
                int c = compare(x.head, y.head);
                if (c != 0) return c;
                x = x.tail;
                y = y.tail;
            }
            return x == FList.NIL ? (y == FList.NIL ? 0 : -1) : 1;
        }
        if (a instanceof Tuple x && b instanceof Tuple y) return compareAll(x.items, y.items);
        if (ArrayValues.isArray(a) && ArrayValues.isArray(b)) {
            Object[] x = ArrayValues.boxed(a);
            Object[] y = ArrayValues.boxed(b);
            return x.length != y.length ? Integer.compare(x.length, y.length) : compareAll(x, y);
        }
        if (a instanceof UnionValue x && b instanceof UnionValue y) {
            return x.tag != y.tag ? Integer.compare(x.tag, y.tag) : compareAll(x.boxedFields(), y.boxedFields());
        }
        if (a instanceof RecordValue x && b instanceof RecordValue y) return compareAll(x.boxedFields(), y.boxedFields());
        if (a instanceof Unit && b instanceof Unit) return 0;
        if (a instanceof FMap x && b instanceof FMap y) return x.compareTo(y);
        if (a instanceof FSet x && b instanceof FSet y) return x.compareTo(y);
        if (a instanceof NetDateTime x && b instanceof NetDateTime y) return sign(x.compareTo(y));
        if (a instanceof NetTimeSpan x && b instanceof NetTimeSpan y) return sign(x.compareTo(y));
        if (a instanceof NetDayOfWeek x && b instanceof NetDayOfWeek y) return sign(x.compareTo(y));
        if (a instanceof EnumValue x && b instanceof EnumValue y) return sign(x.compareTo(y));
        throw new IllegalArgumentException("values are not comparable: " + a + ", " + b);
    }

    /**
     * .NET's {@code Comparer<T>.Default}, which sorted collections and Array.Sort use: strings in the (invariant)
     * culture's order, where F#'s compare is ordinal; everything else as F# compares it.
     */
    public static int compareByDefaultComparer(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(java.text.Collator.getInstance(java.util.Locale.ROOT).compare(x, y));
        }
        return compare(a, b);
    }

    private static int compareAll(Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = compare(x[i], y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static int sign(int c) {
        return Integer.signum(c);
    }

    /** Compares two ordered sequences element by element; on a common prefix the shorter comes first. */
    public static int compareSequences(java.util.Iterator<?> a, java.util.Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int c = compare(a.next(), b.next());
            if (c != 0) return c;
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    /** Structural equality of two sequences of the same length. */
    public static boolean equalSequences(Iterable<?> a, Iterable<?> b) {
        java.util.Iterator<?> other = b.iterator();
        for (Object x : a) if (!equal(x, other.next())) return false;
        return true;
    }

    public static int hashSequence(Iterable<?> items) {
        int h = 1;
        for (Object x : items) h = 31 * h + hash(x);
        return h;
    }

    public static int hash(Object v) {
        if (v instanceof FList l) {
            int h = 1;
            for (; l != FList.NIL; l = l.tail) h = 31 * h + hash(l.head);
            return h;
        }
        if (v instanceof Tuple t) return hashAll(t.items);
        if (ArrayValues.isArray(v)) return hashAll(ArrayValues.boxed(v));
        if (v instanceof UnionValue u) return 31 * u.tag + hashAll(u.boxedFields());
        if (v instanceof RecordValue r) return hashAll(r.boxedFields());
        if (v instanceof BigDecimal d) return d.stripTrailingZeros().hashCode();
        return v == null ? 0 : v.hashCode();
    }

    private static int hashAll(Object[] items) {
        int h = 1;
        for (Object o : items) h = 31 * h + hash(o);
        return h;
    }

    /** F#'s Map and Set ToString: {@code map [(1, a); (2, b); (3, c); ... ]}, elements by their own ToString. */
    public static String toStringFirstThree(String keyword, java.util.Iterator<?> items) {
        StringBuilder out = new StringBuilder(keyword).append(" [");
        for (int k = 0; items.hasNext(); k++) {
            Object x = items.next();
            if (k == 3) return out.append("; ... ]").toString();
            if (k > 0) out.append("; ");
            out.append(x == null ? "null" : Show.string(x));
        }
        return out.append("]").toString();
    }
}
