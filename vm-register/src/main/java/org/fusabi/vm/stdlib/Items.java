package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.FSet;

/**
 * Reads any script collection as a sequence of boxed elements, whatever its static type said: lists, arrays,
 * sets, and maps as {@code (key, value)} tuples. Lets one implementation serve List, Array and Seq.
 */
final class Items {
    private Items() {}

    static Iterable<Object> of(Object collection) {
        return switch (collection) {
            case FList l -> () -> iterator(l);
            case Object[] a -> Arrays.asList(a);
            case FSet s -> s;
            case FMap m -> readOnly(m);
            default -> throw new IllegalArgumentException("not a collection: " + collection);
        };
    }

    /** The elements as an array; an array argument is returned itself, so callers must not write to the result. */
    static Object[] toArray(Object collection) {
        return switch (collection) {
            case FList l -> l.toArray();
            case Object[] a -> a;
            default -> {
                ArrayList<Object> out = new ArrayList<>();
                of(collection).forEach(out::add);
                yield out.toArray();
            }
        };
    }

    /** The elements as a list; a list argument is returned itself, as F#'s List.ofSeq does. */
    static FList toList(Object collection) {
        return collection instanceof FList l ? l : FList.of(toArray(collection));
    }

    static boolean isEmpty(Object collection) {
        return !of(collection).iterator().hasNext();
    }

    static int length(Object collection) {
        return switch (collection) {
            case FList l -> l.length();
            case Object[] a -> a.length;
            case FSet s -> s.size();
            case FMap m -> m.size();
            default -> throw new IllegalArgumentException("not a collection: " + collection);
        };
    }

    /** Safe because the elements are only read. */
    @SuppressWarnings("unchecked")
    private static Iterable<Object> readOnly(Iterable<?> items) {
        return (Iterable<Object>) items;
    }

    private static Iterator<Object> iterator(FList list) {
        return new Iterator<>() {
            private FList rest = list;

            @Override
            public boolean hasNext() {
                return rest != FList.NIL;
            }

            @Override
            public Object next() {
                if (rest == FList.NIL) throw new NoSuchElementException();
                Object x = rest.head;
                rest = rest.tail;
                return x;
            }
        };
    }
}
