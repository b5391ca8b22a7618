package org.fusabi.vm.value;

/**
 * A script value as a Java hash key, under F#'s structural equality (distinct, groupBy, countBy, Dictionary and
 * HashSet keys). {@link #of} leaves the values whose Java equality already is F#'s as they are.
 */
public record StructuralKey(Object value) {
    /** The hash key of a value: strings, ints, chars and bools themselves, anything else wrapped. */
    public static Object of(Object value) {
        return switch (value) {
            case String s -> s;
            case Long l -> l;
            case Character c -> c;
            case Boolean b -> b;
            default -> new StructuralKey(value);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructuralKey k && Values.equal(value, k.value);
    }

    @Override
    public int hashCode() {
        return Values.hash(value);
    }
}
