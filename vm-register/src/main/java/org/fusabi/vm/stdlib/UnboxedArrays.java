package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.value.ArrayValues;

/**
 * The Array functions that make most of a program's typed arrays, each defined again for every element type whose
 * arrays are primitive ({@link Kind#unboxedInArrays}) as {@code Array.create@float[]} and so on: the compiler
 * calls the one of the element type it knows, which builds the primitive array at once. (Any other function
 * returning a new array gets such a variant from {@link Library#lookup}, which converts what it built.)
 */
final class UnboxedArrays {
    private UnboxedArrays() {}

    private static final String[] TYPES = {"int", "float", "bool", "char"};
    private static final int[] KINDS = {Kind.INT, Kind.FLOAT, Kind.BOOL, Kind.CHAR};

    static void install(Library lib) {
        for (int t = 0; t < TYPES.length; t++) {
            int kind = KINDS[t];
            String suffix = Library.unboxedSuffix(TYPES[t]);
            lib.define("Array.zeroCreate" + suffix, "int -> ~a[]", (vm, a) -> ArrayValues.ofKind(kind, count(vm, (Long) a[0])));
            lib.define("Array.create" + suffix, "int -> 'a -> 'a[]", (vm, a) -> {
                Object out = ArrayValues.ofKind(kind, count(vm, (Long) a[0]));
                fill(out, a[1]);
                return out;
            });
            lib.define("Array.init" + suffix, "int -> (int -> 'a) -> 'a[]", (vm, a) -> {
                Object out = ArrayValues.ofKind(kind, count(vm, (Long) a[0]));
                for (int i = 0; i < ArrayValues.length(out); i++) ArrayValues.set(out, i, vm.apply(a[1], (long) i));
                return out;
            });
            lib.define("Array.map" + suffix, "('a -> 'b) -> 'a[] -> 'b[]", (vm, a) -> {
                Object in = a[1];
                Object out = ArrayValues.ofKind(kind, ArrayValues.length(in));
                for (int i = 0; i < ArrayValues.length(out); i++) ArrayValues.set(out, i, vm.apply(a[0], ArrayValues.get(in, i)));
                return out;
            });
        }
    }

    /** The length of a new array, checked and charged as F# and the limits want it. */
    private static int count(Interpreter vm, long n) {
        if (n < 0) throw FSharpErrors.negative("count", n);
        vm.building(n, Shape.ARRAY.bytesPerElement());
        return Math.toIntExact(n);
    }

    private static void fill(Object array, Object box) {
        switch (array) {
            case long[] a -> Arrays.fill(a, (Long) box);
            case double[] a -> Arrays.fill(a, (Double) box);
            case boolean[] a -> Arrays.fill(a, (Boolean) box);
            case char[] a -> Arrays.fill(a, (Character) box);
            default -> throw new IllegalArgumentException("not an unboxed array: " + array);
        }
    }
}
