package org.fusabi.vm.value;

/** .NET's {@code KeyValuePair<'K, 'V>}: what enumerating a Map or a Dictionary yields. */
public record KeyValuePair(Object key, Object value) {
    /** .NET's ToString, which %A also shows: {@code [key, value]}. */
    @Override
    public String toString() {
        return "[" + Show.string(key) + ", " + Show.string(value) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValuePair p && Values.equal(key, p.key) && Values.equal(value, p.value);
    }

    @Override
    public int hashCode() {
        return 31 * Values.hash(key) + Values.hash(value);
    }
}
