package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;

/**
 * The functions shared by List, Array and Seq that cut, join and build collections. Seq's are lazy (see
 * {@link Cutting}); List's and Array's check their input at once, each with F#'s own words.
 */
final class Slicing {
    private Slicing() {}

    /** The start (inclusive) and end (exclusive) of the slice {@code [from..to]} of a collection of length items, clamped. */
    static int[] sliceRange(long from, long to, int length) {
        int start = (int) Math.max(0, Math.min(from, length));
        int end = (int) Math.max(start, Math.min(to, length - 1L) + 1);
        return new int[] {start, end};
    }

    static void install(Library lib, Shape s) {
        // xs.[from..to] (the checker passes 0 and Long.MAX_VALUE for an absent bound): as FSharp.Core since F# 5, the
        // bounds are clamped to the collection, so an out-of-range slice is what lies in range, possibly nothing.
        if (s != Shape.SEQ) {
            s.define(lib, "slice", "int -> int -> {'a} -> {'a}", (vm, a) -> {
                Object[] items = Items.toArray(a[2]);
                int[] range = sliceRange((Long) a[0], (Long) a[1], items.length);
                return s.build(Arrays.copyOfRange(items, range[0], range[1]));
            });
        }
        s.define(lib, "tail", "{'a} -> {'a}", (vm, a) -> switch (s) {
            case SEQ -> Cutting.tail(a[0]);
            case LIST -> {
                if (a[0] == FList.NIL) throw s.empty();
                yield ((FList) a[0]).tail;
            }
            case ARRAY -> {
                Object[] xs = ArrayValues.boxed(a[0]);
                if (xs.length == 0) throw NetErrors.argument(FSharpErrors.NOT_ENOUGH_ELEMENTS, "array");
                yield Arrays.copyOfRange(xs, 1, xs.length);
            }
        });
        s.define(lib, "take", "int -> {'a} -> {'a}", (vm, a) -> {
            long n = (Long) a[0];
            if (s == Shape.SEQ) return Cutting.take(n, a[1]);
            if (n < 0) throw FSharpErrors.negative("count", n);
            int length = Items.length(a[1]);
            if (n > length) {
                throw s == Shape.LIST ? FSharpErrors.listTooShort(n - length)
                                      : NetErrors.invalidOperation(FSharpErrors.NOT_ENOUGH_ELEMENTS);
            }
            return s.fromSeq(Cutting.truncate(n, a[1]));
        });
        s.define(lib, "skip", "int -> {'a} -> {'a}", (vm, a) -> {
            long n = (Long) a[0];
            if (s == Shape.SEQ) return Cutting.skip(n, a[1]);
            int length = Items.length(a[1]);
            if (n > length) {
                throw s == Shape.LIST ? FSharpErrors.outOfRange("count", n, "distance past the list", n - length)
                                      : FSharpErrors.outOfRange("count", n, "array.Length", length);
            }
            return drop(a[1], (int) Math.max(0, n));
        });
        s.define(lib, "splitAt", "int -> {'a} -> {'a} * {'a}", (vm, a) -> {
            long n = (Long) a[0];
            if (n < 0) throw FSharpErrors.negative("index", n);
            int length = Items.length(a[1]);
            if (n > length) {
                if (s == Shape.ARRAY) throw NetErrors.invalidOperation(FSharpErrors.NOT_ENOUGH_ELEMENTS);
                throw length == 0 ? NetErrors.invalidOperation(FSharpErrors.LIST_EMPTY) : FSharpErrors.listTooShort(n - length);
            }
            return new org.fusabi.vm.value.Tuple(s.fromSeq(Cutting.truncate(n, a[1])), drop(a[1], (int) n));
        });
        s.define(lib, "truncate", "int -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Cutting.truncate((Long) a[0], a[1])));
        s.define(lib, "takeWhile", "('a -> bool) -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Cutting.takeWhile(vm, a[0], a[1])));
        s.define(lib, "skipWhile", "('a -> bool) -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Cutting.skipWhile(vm, a[0], a[1])));
        s.define(lib, "windowed", "int -> {'a} -> {{#'a}}", (vm, a) -> chunks(s, Cutting.windowed((Long) a[0], a[1])));
        s.define(lib, "chunkBySize", "int -> {'a} -> {{#'a}}", (vm, a) -> chunks(s, Cutting.chunkBySize((Long) a[0], a[1])));
        s.define(lib, "append", "{'a} -> {'a} -> {'a}", (vm, a) -> switch (s) {
            case SEQ -> Sequences.append(a[0], a[1]);
            case LIST -> prepend(Items.toArray(a[0]), (FList) a[1]);
            case ARRAY -> concat(ArrayValues.boxed(a[0]), ArrayValues.boxed(a[1]));
        });
        s.define(lib, "concat", "seq<{'a}> -> {'a}", (vm, a) -> s.fromSeq(Sequences.concat(a[0])));
        s.define(lib, "singleton", "'a -> {'a}", (vm, a) -> s.fromSeq(Sequences.singleton(a[0])));
        s.define(lib, "init", "int -> (int -> 'a) -> {'a}", (vm, a) -> {
            long n = (Long) a[0];
            if (s != Shape.SEQ) vm.building(n, s.bytesPerElement());
            return s.fromSeq(Sequences.init(vm, n, a[1]));
        });
        s.define(lib, "replicate", "int -> 'a -> {'a}", (vm, a) -> {
            long n = (Long) a[0];
            if (s == Shape.SEQ) return Sequences.replicate(vm, n, a[1]);
            if (n < 0) {
                throw s == Shape.LIST ? NetErrors.argument(FSharpErrors.NON_NEGATIVE, "count") : FSharpErrors.negative("count", n);
            }
            vm.building(n, s.bytesPerElement());
            Object[] out = new Object[Math.toIntExact(n)];
            Arrays.fill(out, a[1]);
            return s.build(out);
        });
        s.define(lib, "unfold", "('s -> ('a * 's) option) -> 's -> {'a}", (vm, a) -> s.fromSeq(Sequences.unfold(vm, a[0], a[1])));
        s.define(lib, "insertAt", "int -> 'a -> {'a} -> {'a}", (vm, a) -> splice(s, (Long) a[0], 0, new Object[] {a[1]}, a[2]));
        s.define(lib, "insertManyAt", "int -> seq<'a> -> {'a} -> {'a}",
                (vm, a) -> splice(s, (Long) a[0], 0, s == Shape.SEQ ? a[1] : Items.toArray(a[1]), a[2]));
        s.define(lib, "removeAt", "int -> {'a} -> {'a}", (vm, a) -> splice(s, (Long) a[0], 1, null, a[1]));
        s.define(lib, "removeManyAt", "int -> int -> {'a} -> {'a}", (vm, a) -> splice(s, (Long) a[0], (Long) a[1], null, a[2]));
        s.define(lib, "updateAt", "int -> 'a -> {'a} -> {'a}", (vm, a) -> splice(s, (Long) a[0], 1, new Object[] {a[1]}, a[2]));
    }

    /** The collection without its first n elements, {@code 0 <= n <= length}; a list result shares the input's cells. */
    private static Object drop(Object collection, int n) {
        if (collection instanceof FList l) {
            for (int i = 0; i < n; i++) l = l.tail;
            return l;
        }
        Object[] xs = ArrayValues.boxed(collection);
        return Arrays.copyOfRange(xs, n, xs.length);
    }

    private static FList prepend(Object[] front, FList rest) {
        for (int i = front.length - 1; i >= 0; i--) rest = new FList(front[i], rest);
        return rest;
    }

    private static Object[] concat(Object[] x, Object[] y) {
        Object[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** windowed and chunkBySize make arrays; List's results are lists of lists. */
    private static Object chunks(Shape s, org.fusabi.vm.value.FSeq arrays) {
        if (s == Shape.SEQ) return arrays;
        Object[] out = Items.toArray(arrays);
        for (int i = 0; i < out.length; i++) out[i] = s.chunk(ArrayValues.boxed(out[i]));
        return s.build(out);
    }

    /**
     * insertAt, removeAt and their kin: Seq's check the index as they meet the end of the input; List's and
     * Array's check it at once, against the bounds F# gives each function.
     */
    private static Object splice(Shape s, long index, long removed, Object insertion, Object source) {
        if (s == Shape.SEQ) return Cutting.splice(index, removed, insertion, source);
        int length = Items.length(source);
        long last = removed == 0 ? length : length - removed;
        if (index < 0 || index > last) {
            throw NetErrors.argument("index must be within bounds of the " + (s == Shape.LIST ? "list" : "array"), "index");
        }
        Object[] xs = Items.toArray(source);
        Object[] inserted = insertion == null ? new Object[0] : ArrayValues.boxed(insertion);
        int at = (int) index;
        Object[] out = new Object[xs.length - (int) removed + inserted.length];
        System.arraycopy(xs, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(xs, at + (int) removed, out, at + inserted.length, xs.length - at - (int) removed);
        return s.build(out);
    }
}
