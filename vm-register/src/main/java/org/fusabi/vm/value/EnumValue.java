package org.fusabi.vm.value;

/** A value of an enum type: its number, and its type for its text ({@code %A} and {@code string} show the case's name). */
public record EnumValue(NetType type, long value) implements Comparable<EnumValue> {
    @Override
    public int compareTo(EnumValue o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return type.show(value);
    }
}
