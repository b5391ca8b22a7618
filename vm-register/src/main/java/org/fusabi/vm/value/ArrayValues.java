package org.fusabi.vm.value;

import org.fusabi.vm.bytecode.Kind;

/**
 * The representations of an F# array, and the one place that reads any of them. An array whose element type the
 * compiler knows to be int, float, bool or char is a Java primitive array ({@code long[]}, {@code double[]},
 * {@code boolean[]}, {@code char[]}: the register representation of those kinds), so that reading and writing an
 * element allocates nothing; any other array, and one made where the element type is generic, is an
 * {@code Object[]} of boxes. Either may meet code of the other kind (a generic function handed a {@code float[]},
 * a typed loop over an array a generic function made), so every array instruction and library function accepts
 * every representation, and code that does not know the element type boxes here, at its boundary.
 */
public final class ArrayValues {
    private ArrayValues() {}

    public static boolean isArray(Object v) {
        return v instanceof Object[] || v instanceof long[] || v instanceof double[] || v instanceof boolean[] || v instanceof char[];
    }

    public static int length(Object array) {
        return switch (array) {
            case Object[] a -> a.length;
            case long[] a -> a.length;
            case double[] a -> a.length;
            case boolean[] a -> a.length;
            case char[] a -> a.length;
            default -> throw notArray(array);
        };
    }

    /** Element i, boxed; i is in range. */
    public static Object get(Object array, int i) {
        return switch (array) {
            case Object[] a -> a[i];
            case long[] a -> a[i];
            case double[] a -> a[i];
            case boolean[] a -> a[i];
            case char[] a -> a[i];
            default -> throw notArray(array);
        };
    }

    /** Sets element i from its box; i is in range and the box of the array's element type. */
    public static void set(Object array, int i, Object box) {
        switch (array) {
            case Object[] a -> a[i] = box;
            case long[] a -> a[i] = (Long) box;
            case double[] a -> a[i] = (Double) box;
            case boolean[] a -> a[i] = (Boolean) box;
            case char[] a -> a[i] = (Character) box;
            default -> throw notArray(array);
        }
    }

    /** Element i as a register value of the kind (the array's element type's): what typed code reads. */
    public static long getBits(Object array, int i, int kind) {
        return switch (array) {
            case long[] a -> a[i];
            case double[] a -> Double.doubleToRawLongBits(a[i]);
            case boolean[] a -> a[i] ? 1 : 0;
            case char[] a -> a[i];
            default -> Numbers.unbox(kind, ((Object[]) array)[i]);
        };
    }

    /** Sets element i from a register value of the kind. */
    public static void setBits(Object array, int i, long bits, int kind) {
        switch (array) {
            case long[] a -> a[i] = bits;
            case double[] a -> a[i] = Double.longBitsToDouble(bits);
            case boolean[] a -> a[i] = bits != 0;
            case char[] a -> a[i] = (char) bits;
            default -> ((Object[]) array)[i] = Numbers.box(kind, bits);
        }
    }

    /** The elements boxed: an {@code Object[]} array itself (callers must not write to it), else a boxed copy. */
    public static Object[] boxed(Object array) {
        if (array instanceof Object[] a) return a;
        Object[] out = new Object[length(array)];
        for (int i = 0; i < out.length; i++) out[i] = get(array, i);
        return out;
    }

    /** A new array of n elements of the kind, each its type's zero (false, '\0'); Object[] of nulls for REF. */
    public static Object ofKind(int kind, int n) {
        return switch (kind) {
            case Kind.INT -> new long[n];
            case Kind.FLOAT -> new double[n];
            case Kind.BOOL -> new boolean[n];
            case Kind.CHAR -> new char[n];
            default -> new Object[n];
        };
    }

    /** The array in the representation of the kind: itself if it is in it already, else a copy. */
    public static Object as(int kind, Object array) {
        if (!Kind.unboxedInArrays(kind)) return array instanceof Object[] ? array : boxed(array);
        if (!(array instanceof Object[] a)) return array;
        Object out = ofKind(kind, a.length);
        for (int i = 0; i < a.length; i++) set(out, i, a[i]);
        return out;
    }

    /** A shallow copy in the same representation. */
    public static Object copy(Object array) {
        return switch (array) {
            case Object[] a -> a.clone();
            case long[] a -> a.clone();
            case double[] a -> a.clone();
            case boolean[] a -> a.clone();
            case char[] a -> a.clone();
            default -> throw notArray(array);
        };
    }

    private static IllegalArgumentException notArray(Object v) {
        return new IllegalArgumentException("not an array: " + v);
    }
}
