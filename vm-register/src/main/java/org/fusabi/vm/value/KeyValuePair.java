package org.fusabi.vm.value;

/**
 * .NET's {@code KeyValuePair<'K, 'V>}: what enumerating a Map or a Dictionary yields. It is a pair at run time, so
 * F#'s {@code KeyValue (k, v)} pattern reads it as a tuple pattern would, but it prints as .NET prints it.
 */
public final class KeyValuePair extends Tuple {
    public KeyValuePair(Object key, Object value) {
        super(key, value);
    }

    public Object key() {
        return items[0];
    }

    public Object value() {
        return items[1];
    }

    /** .NET's ToString, which %A also shows: {@code [key, value]}. */
    @Override
    public String toString() {
        return "[" + Show.string(items[0]) + ", " + Show.string(items[1]) + "]";
    }
}
