package org.fusabi.vm.stdlib;

import java.util.Arrays;
import java.util.function.Consumer;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Array module: arrays are mutable, of any of {@link ArrayValues}' representations; functions return fresh
 * arrays, of boxes (the compiler calls the variants of {@link UnboxedArrays} where the element type unboxes).
 */
public final class ArrayModule {
    private ArrayModule() {}

    public static void install(Library lib) {
        Shape s = Shape.ARRAY;
        Collections.install(lib, s);
        s.define(lib, "create", "int -> 'a -> 'a[]", (vm, a) -> filled(vm, (Long) a[0], a[1]));
        // The default value depends on the element type, which only the variant of each type knows at run time.
        Numeric.defineDefaultFilled(lib, "Array.zeroCreate", "int -> ~a[]", zero -> (vm, a) -> filled(vm, (Long) a[0], zero));
        s.define(lib, "get", "'a[] -> int -> 'a", (vm, a) -> Searching.item(s, a[0], (Long) a[1]));
        s.define(lib, "set", "'a[] -> int -> 'a -> unit", (vm, a) -> {
            long i = (Long) a[1];
            if (i < 0 || i >= ArrayValues.length(a[0])) throw NetErrors.indexOutOfRange();
            ArrayValues.set(a[0], (int) i, a[2]);
            return Unit.VALUE;
        });
        s.define(lib, "sortInPlace", "'a[] -> unit", (vm, a) -> {
            inPlace(a[0], xs -> Order.sort(xs, Order.STRUCTURAL));
            return Unit.VALUE;
        });
        s.define(lib, "sortInPlaceBy", "('a -> 'b) -> 'a[] -> unit", (vm, a) -> {
            inPlace(a[1], xs -> Order.sortBy(vm, a[0], xs, false));
            return Unit.VALUE;
        });
        s.define(lib, "sortInPlaceWith", "('a -> 'a -> int) -> 'a[] -> unit", (vm, a) -> {
            inPlace(a[1], xs -> Order.sort(xs, Order.script(vm, a[0])));
            return Unit.VALUE;
        });
        s.define(lib, "copy", "'a[] -> 'a[]", (vm, a) -> ArrayValues.copy(a[0]));
        s.define(lib, "sub", "'a[] -> int -> int -> 'a[]", (vm, a) -> {
            Object[] arr = ArrayValues.boxed(a[0]);
            long from = (Long) a[1];
            long n = (Long) a[2];
            if (from < 0) throw FSharpErrors.negative("startIndex", from);
            if (n < 0) throw FSharpErrors.negative("count", n);
            if (from + n > arr.length) throw FSharpErrors.outOfRange("count", n, "array.Length", arr.length);
            return Arrays.copyOfRange(arr, (int) from, (int) (from + n));
        });
        s.define(lib, "blit", "'a[] -> int -> 'a[] -> int -> int -> unit", (vm, a) -> blit(a[0], (Long) a[1], a[2], (Long) a[3], (Long) a[4]));
        // xs.[from..to] <- ys (the checker passes 0 and Long.MAX_VALUE for an absent bound): as FSharp.Core's
        // SetArraySlice, the bounds are not clamped, and ys's first elements fill the range.
        s.define(lib, "setSlice", "int -> int -> 'a[] -> 'a[] -> unit", (vm, a) -> {
            long from = (Long) a[0];
            long to = (Long) a[1] == Long.MAX_VALUE ? ArrayValues.length(a[2]) - 1L : (Long) a[1];
            return to >= from ? blit(a[3], 0, a[2], from, to - from + 1) : Unit.VALUE;
        });
        s.define(lib, "fill", "'a[] -> int -> int -> 'a -> unit", (vm, a) -> {
            Object arr = a[0];
            long from = (Long) a[1];
            long n = (Long) a[2];
            if (from < 0) throw FSharpErrors.negative("targetIndex", from);
            if (n < 0) throw FSharpErrors.negative("count", n);
            // F# writes element by element, so a fill past the end stops at the array's end with the array error.
            for (long i = from; i < from + n; i++) {
                if (i >= ArrayValues.length(arr)) throw NetErrors.indexOutOfRange();
                ArrayValues.set(arr, (int) i, a[3]);
            }
            return Unit.VALUE;
        });
        s.define(lib, "ofList", "'a list -> 'a[]", (vm, a) -> ((FList) a[0]).toArray());
        s.define(lib, "toList", "'a[] -> 'a list", (vm, a) -> FList.of(ArrayValues.boxed(a[0])));
        s.define(lib, "ofSeq", "seq<'a> -> 'a[]", (vm, a) -> Items.copy(a[0]));
        s.define(lib, "toSeq", "'a[] -> seq<'a>", (vm, a) -> Shape.readOnly(a[0]));
        UnboxedArrays.install(lib);
    }

    /** Reorders an array of any representation: an unboxed one through a boxed copy written back. */
    /** F#'s Array.blit, which is .NET's Array.Copy, with its checks and messages. */
    static Object blit(Object src, long from, Object dst, long to, long n) {
        checkCopy(ArrayValues.length(src), from, ArrayValues.length(dst), to, n);
        if (src.getClass() == dst.getClass()) {
            System.arraycopy(src, (int) from, dst, (int) to, (int) n);
        } else {
            // Different representations are different arrays, which cannot overlap.
            for (int i = 0; i < n; i++) ArrayValues.set(dst, (int) to + i, ArrayValues.get(src, (int) from + i));
        }
        return Unit.VALUE;
    }

    static void inPlace(Object array, Consumer<Object[]> reorder) {
        Object[] xs = ArrayValues.boxed(array);
        reorder.accept(xs);
        if (xs != array) for (int i = 0; i < xs.length; i++) ArrayValues.set(array, i, xs[i]);
    }

    private static Object[] filled(org.fusabi.vm.Interpreter vm, long count, Object value) {
        if (count < 0) throw FSharpErrors.negative("count", count);
        vm.building(count, Shape.ARRAY.bytesPerElement());
        Object[] out = new Object[Math.toIntExact(count)];
        Arrays.fill(out, value);
        return out;
    }

    /** The checks of .NET's Array.Copy, which F#'s Array.blit is, with its messages. */
    private static void checkCopy(int srcLength, long from, int dstLength, long to, long n) {
        if (n < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "length");
        if (from < 0) throw NetErrors.argumentOutOfRange("Number was less than the array's lower bound in the first dimension.", "sourceIndex");
        if (to < 0) throw NetErrors.argumentOutOfRange("Number was less than the array's lower bound in the first dimension.", "destinationIndex");
        if (from + n > srcLength) {
            throw NetErrors.argument("Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray");
        }
        if (to + n > dstLength) {
            throw NetErrors.argument("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
        }
    }
}
