package org.fusabi.vm.stdlib;

import java.util.Arrays;
import java.util.Comparator;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * System.Array's statics that .NET-style code calls on F# arrays: {@code Array.Sort}, {@code Reverse} and
 * {@code Copy} change an array in place; {@code IndexOf}, {@code LastIndexOf}, {@code BinarySearch},
 * {@code Exists}, {@code FindIndex} and {@code TrueForAll} search one; {@code ForEach} runs a function on each
 * element; and F#'s {@code Array.Parallel} functions, run in order. They order as .NET's default comparer does, which for strings is the culture's order (F#'s
 * {@code Array.sortInPlace} is ordinal), and find elements by equality.
 */
final class ArrayMethods {
    private ArrayMethods() {}

    private static final Comparator<Object> DEFAULT = Values::compareByDefaultComparer;

    static void install(Library lib) {
        lib.define("Array.Sort", "'a[] -> unit", a -> {
            ArrayModule.inPlace(a[0], xs -> Arrays.sort(xs, DEFAULT));
            return Unit.VALUE;
        });
        lib.define("Array.Reverse", "'a[] -> unit", a -> {
            ArrayModule.inPlace(a[0], xs -> java.util.Collections.reverse(Arrays.asList(xs)));
            return Unit.VALUE;
        });
        lib.define("Array.Copy", "'a[] -> 'a[] -> int -> unit", a -> ArrayModule.blit(a[0], 0, a[1], 0, (Long) a[2]));
        lib.define("Array.Copy~ranges", "'a[] -> int -> 'a[] -> int -> int -> unit",
                a -> ArrayModule.blit(a[0], (Long) a[1], a[2], (Long) a[3], (Long) a[4]));
        lib.define("Array.IndexOf", "'a[] -> 'a -> int", a -> {
            Object[] xs = ArrayValues.boxed(a[0]);
            for (int i = 0; i < xs.length; i++) if (Values.equal(xs[i], a[1])) return (long) i;
            return -1L;
        });
        lib.define("Array.LastIndexOf", "'a[] -> 'a -> int", a -> {
            Object[] xs = ArrayValues.boxed(a[0]);
            for (int i = xs.length - 1; i >= 0; i--) if (Values.equal(xs[i], a[1])) return (long) i;
            return -1L;
        });
        // The index of the value, or the complement of where it would go: .NET's answer, which Java's shares.
        lib.define("Array.BinarySearch", "'a[] -> 'a -> int", a -> (long) Arrays.binarySearch(ArrayValues.boxed(a[0]), a[1], DEFAULT));
        lib.define("Array.Exists", "'a[] -> ('a -> bool) -> bool", (vm, a) -> {
            for (Object x : ArrayValues.boxed(a[0])) if ((Boolean) vm.apply(a[1], x)) return true;
            return false;
        });
        lib.define("Array.TrueForAll", "'a[] -> ('a -> bool) -> bool", (vm, a) -> {
            for (Object x : ArrayValues.boxed(a[0])) if (!(Boolean) vm.apply(a[1], x)) return false;
            return true;
        });
        lib.define("Array.FindIndex", "'a[] -> ('a -> bool) -> int", (vm, a) -> {
            Object[] xs = ArrayValues.boxed(a[0]);
            for (int i = 0; i < xs.length; i++) if ((Boolean) vm.apply(a[1], xs[i])) return (long) i;
            return -1L;
        });
        // F#'s Array.Parallel: the same functions run one element after another, one of the orders .NET may choose.
        for (String f : new String[] {"map", "mapi", "iter", "iteri", "init", "choose", "collect", "partition"}) {
            Native sequential = lib.lookup("Array." + f);
            lib.define("Array.Parallel." + f, sequential.signature(), sequential.body());
        }
        lib.define("Array.ForEach", "'a[] -> ('a -> unit) -> unit", (vm, a) -> {
            for (Object x : ArrayValues.boxed(a[0])) vm.apply(a[1], x);
            return Unit.VALUE;
        });
    }
}
