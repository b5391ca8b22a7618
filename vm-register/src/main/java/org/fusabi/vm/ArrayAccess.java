package org.fusabi.vm;

import org.fusabi.vm.value.ArrayValues;

/**
 * The array instructions of both tiers where they meet a representation other than the one their element type
 * makes ({@link ArrayValues}), and their bounds check, with .NET's error.
 */
final class ArrayAccess {
    private ArrayAccess() {}

    static int index(int length, long i) {
        if (i < 0 || i >= length) throw NetErrors.indexOutOfRange();
        return (int) i;
    }

    /** AGET: the element boxed. */
    static Object get(Object array, long i) {
        return ArrayValues.get(array, index(ArrayValues.length(array), i));
    }

    /** ASET of a box. */
    static void set(Object array, long i, Object box) {
        ArrayValues.set(array, index(ArrayValues.length(array), i), box);
    }

    /** AGETI..AGETC on an array that is not the kind's primitive array. */
    static long getBits(Object array, long i, int kind) {
        return ArrayValues.getBits(array, index(ArrayValues.length(array), i), kind);
    }

    /** ASETI..ASETC on an array that is not the kind's primitive array. */
    static void setBits(Object array, long i, long bits, int kind) {
        ArrayValues.setBits(array, index(ArrayValues.length(array), i), bits, kind);
    }

    /** ARRAYP: a new array of the kind from n primitive registers. */
    static Object of(int kind, long[] p, int from, int n) {
        Object out = ArrayValues.ofKind(kind, n);
        for (int i = 0; i < n; i++) ArrayValues.setBits(out, i, p[from + i], kind);
        return out;
    }
}
