package org.fusabi.vm.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Enumerators over Java data. */
public final class Enumerators {
    private Enumerators() {}

    public static Enumerator of(Iterator<?> items) {
        return new Step() {
            @Override
            public boolean moveNext() {
                return items.hasNext() && emit(items.next());
            }
        };
    }

    public static Enumerator of(Object[] items) {
        return new Step() {
            private int next;

            @Override
            public boolean moveNext() {
                return next < items.length && emit(items[next++]);
            }
        };
    }

    /**
     * The elements of an array of any representation ({@link ArrayValues}), each read (and boxed) when reached:
     * a view, as F#'s Seq.ofArray is, so that what the script writes to the array meanwhile is what it enumerates.
     */
    public static Enumerator ofArray(Object array) {
        if (array instanceof Object[] items) return of(items);
        return new Step() {
            private int next;

            @Override
            public boolean moveNext() {
                return next < ArrayValues.length(array) && emit(ArrayValues.get(array, next++));
            }
        };
    }

    public static Enumerator of(String chars) {
        return new Step() {
            private int next;

            @Override
            public boolean moveNext() {
                return next < chars.length() && emit(chars.charAt(next++));
            }
        };
    }

    /** Java iteration over an enumeration. */
    public static Iterator<Object> iterator(Enumerator e) {
        return new Iterator<>() {
            private boolean ready;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    more = e.moveNext();
                    ready = true;
                }
                return more;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return e.current();
            }
        };
    }
}
