package org.fusabi.vm.value;

import java.util.List;

/**
 * A {@code System.Type} as a script sees it ({@code typeof<T>}): its .NET name, and for an enum its cases, which
 * are its public static fields (beside the public instance field {@code value__} every .NET enum has).
 */
public final class NetType {
    public final String fullName;
    private final List<String> names;
    private final long[] values;
    /** A {@code [<Flags>]} enum shows a combination of its cases as .NET does: {@code Red, Green}. */
    private final boolean flags;

    public NetType(String fullName) {
        this(fullName, List.of(), new long[0], false);
    }

    public NetType(String fullName, List<String> names, long[] values, boolean flags) {
        this.fullName = fullName;
        this.names = names;
        this.values = values;
        this.flags = flags;
    }

    public boolean isEnum() {
        return values.length > 0;
    }

    /** Whether the type has the named field with the binding flags given ({@code BindingFlags.Static ||| BindingFlags.Public}). */
    public boolean hasField(String name, long bindingFlags) {
        if (!isEnum() || (bindingFlags & PUBLIC) == 0) return false;
        if (name.equals("value__")) return (bindingFlags & INSTANCE) != 0;
        return (bindingFlags & STATIC) != 0 && names.contains(name);
    }

    /** An enum's cases' names, in the order of their values, as Enum.GetNames gives them. */
    public List<String> caseNames() {
        return order().stream().map(names::get).toList();
    }

    /** An enum's cases' values in their order, as Enum.GetValues gives them. */
    public List<EnumValue> caseValues() {
        return order().stream().map(i -> new EnumValue(this, values[i])).toList();
    }

    /** The value of a case named so, or of a number written in decimal, as Enum.Parse reads it; null for neither. */
    public EnumValue parse(String text) {
        String t = text.strip();
        int i = names.indexOf(t);
        if (i >= 0) return new EnumValue(this, values[i]);
        return t.matches("[+-]?[0-9]+") ? new EnumValue(this, Long.parseLong(t)) : null;
    }

    /** Whether an enum has a case of this value. */
    public boolean defines(long value) {
        for (long v : values) if (v == value) return true;
        return false;
    }

    private List<Integer> order() {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> Long.compareUnsigned(values[a], values[b])).toList();
    }

    /** .NET's System.Reflection.BindingFlags values. */
    public static final long INSTANCE = 4, STATIC = 8, PUBLIC = 16, NON_PUBLIC = 32;

    /** An enum value's text, as .NET's Enum.ToString gives it: its case's name, the names of a flags combination, or the number. */
    String show(long value) {
        for (int i = 0; i < values.length; i++) if (values[i] == value) return names.get(i);
        if (flags && value != 0) {
            StringBuilder out = new StringBuilder();
            long rest = value;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != 0 && (rest & values[i]) == values[i]) {
                    out.append(out.isEmpty() ? "" : ", ").append(names.get(i));
                    rest &= ~values[i];
                }
            }
            if (rest == 0) return out.toString();
        }
        return Long.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetType t && t.fullName.equals(fullName);
    }

    @Override
    public int hashCode() {
        return fullName.hashCode();
    }

    @Override
    public String toString() {
        return fullName;
    }
}
