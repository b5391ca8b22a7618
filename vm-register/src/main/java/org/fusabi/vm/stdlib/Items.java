package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Iterator;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Enumerable;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Enumerators;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.FSet;

/**
 * Reads any script collection as F# enumerates it, whatever its static type said: lists, arrays, strings (as
 * chars), sets, maps (as KeyValuePairs), lazy sequences and the .NET collections. Lets one implementation serve
 * List, Array and Seq.
 */
final class Items {
    private Items() {}

    static Enumerator enumerate(Object collection) {
        return switch (collection) {
            case Enumerable e -> e.enumerator();
            case Object[] a -> Enumerators.of(a);
            case String s -> Enumerators.of(s);
            case Object a when ArrayValues.isArray(a) -> Enumerators.ofArray(a);
            default -> throw new IllegalArgumentException("not a collection: " + collection);
        };
    }

    /**
     * One enumeration for a Java for loop, to be closed by try-with-resources: F#'s {@code use e =
     * s.GetEnumerator()}, so a sequence's {@code finally} runs however the loop ends.
     */
    static Each each(Object collection) {
        return new Each(enumerate(collection));
    }

    static final class Each implements Iterable<Object>, AutoCloseable {
        private final Enumerator e;

        private Each(Enumerator e) {
            this.e = e;
        }

        @Override
        public Iterator<Object> iterator() {
            return Enumerators.iterator(e);
        }

        @Override
        public void close() {
            e.close();
        }
    }

    /**
     * The elements as an array; an Object[] argument is returned itself, so callers must not write to the result
     * (an unboxed array's are boxed into a copy).
     */
    static Object[] toArray(Object collection) {
        return switch (collection) {
            case FList l -> l.toArray();
            case Object[] a -> a;
            case Object a when ArrayValues.isArray(a) -> ArrayValues.boxed(a);
            default -> {
                ArrayList<Object> out = new ArrayList<>();
                try (Each xs = each(collection)) {
                    for (Object x : xs) out.add(x);
                }
                yield out.toArray();
            }
        };
    }

    /** A fresh array of the elements, safe to reorder. */
    static Object[] copy(Object collection) {
        Object[] xs = toArray(collection);
        return xs == collection ? xs.clone() : xs;
    }

    /** The elements as a list; a list argument is returned itself, as F#'s List.ofSeq does. */
    static FList toList(Object collection) {
        return collection instanceof FList l ? l : FList.of(toArray(collection));
    }

    static boolean isEmpty(Object collection) {
        try (Enumerator e = enumerate(collection)) {
            return !e.moveNext();
        }
    }

    /** The number of elements: counted only for lazy sequences, as F#'s Seq.length does. */
    static int length(Object collection) {
        return switch (collection) {
            case FList l -> l.length();
            case Object a when ArrayValues.isArray(a) -> ArrayValues.length(a);
            case String s -> s.length();
            case FSet s -> s.size();
            case FMap m -> m.size();
            default -> {
                int n = 0;
                try (Enumerator e = enumerate(collection)) {
                    while (e.moveNext()) n++;
                }
                yield n;
            }
        };
    }
}
