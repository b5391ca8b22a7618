package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/** F#'s Array module: arrays are mutable {@code Object[]} of boxed elements; functions return fresh arrays. */
public final class ArrayModule {
    private ArrayModule() {}

    public static void install(Library lib) {
        Shape s = Shape.ARRAY;
        Collections.install(lib, s);
        s.define(lib, "create", "int -> 'a -> 'a[]", (vm, a) -> {
            vm.building((Long) a[0], s.bytesPerElement());
            Object[] out = new Object[s.count("create", a[0])];
            Arrays.fill(out, a[1]);
            return out;
        });
        // The default value depends on the element type, which only the int/float variants know at run time.
        s.defineNumeric(lib, "zeroCreate", "int -> ^a[]", zero -> (vm, a) -> {
            vm.building((Long) a[0], s.bytesPerElement());
            Object[] out = new Object[s.count("zeroCreate", a[0])];
            Arrays.fill(out, zero);
            return out;
        });
        s.define(lib, "get", "'a[] -> int -> 'a", (vm, a) -> Searching.item(s, "get", a[0], (Long) a[1]));
        s.define(lib, "set", "'a[] -> int -> 'a -> unit", (vm, a) -> {
            Object[] arr = (Object[]) a[0];
            long i = (Long) a[1];
            if (i < 0 || i >= arr.length) throw s.outOfRange("set", i, arr.length);
            arr[(int) i] = a[2];
            return Unit.VALUE;
        });
        s.define(lib, "sortInPlace", "'a[] -> unit", (vm, a) -> {
            Order.sort((Object[]) a[0], Order.STRUCTURAL);
            return Unit.VALUE;
        });
        s.define(lib, "sortInPlaceBy", "('a -> 'b) -> 'a[] -> unit", (vm, a) -> {
            Order.sortBy(vm, a[0], (Object[]) a[1]);
            return Unit.VALUE;
        });
        s.define(lib, "copy", "'a[] -> 'a[]", (vm, a) -> ((Object[]) a[0]).clone());
        s.define(lib, "sub", "'a[] -> int -> int -> 'a[]", (vm, a) -> {
            Object[] arr = (Object[]) a[0];
            long from = (Long) a[1];
            long n = (Long) a[2];
            checkRange(s, "sub", arr, from, n);
            return Arrays.copyOfRange(arr, (int) from, (int) (from + n));
        });
        s.define(lib, "blit", "'a[] -> int -> 'a[] -> int -> int -> unit", (vm, a) -> {
            Object[] src = (Object[]) a[0];
            Object[] dst = (Object[]) a[2];
            long from = (Long) a[1];
            long to = (Long) a[3];
            long n = (Long) a[4];
            checkRange(s, "blit", src, from, n);
            checkRange(s, "blit", dst, to, n);
            System.arraycopy(src, (int) from, dst, (int) to, (int) n);
            return Unit.VALUE;
        });
        s.define(lib, "fill", "'a[] -> int -> int -> 'a -> unit", (vm, a) -> {
            Object[] arr = (Object[]) a[0];
            long from = (Long) a[1];
            long n = (Long) a[2];
            checkRange(s, "fill", arr, from, n);
            Arrays.fill(arr, (int) from, (int) (from + n), a[3]);
            return Unit.VALUE;
        });
        s.define(lib, "ofList", "'a list -> 'a[]", (vm, a) -> ((FList) a[0]).toArray());
        s.define(lib, "toList", "'a[] -> 'a list", (vm, a) -> FList.of((Object[]) a[0]));
    }

    /** Checks that {@code count} elements from {@code start} lie inside the array. */
    private static void checkRange(Shape s, String fn, Object[] arr, long start, long count) {
        if (start < 0 || count < 0 || start > arr.length || count > arr.length - start) {
            throw s.error(fn, "start " + start + " and count " + count + " are out of range (array length " + arr.length + ")");
        }
    }
}
