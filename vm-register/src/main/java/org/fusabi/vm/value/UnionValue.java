package org.fusabi.vm.value;

/** A union case value: an int tag (the case's index in its type) and its fields at fixed slots, boxed. */
public final class UnionValue {
    private static final Object[] NO_FIELDS = new Object[0];
    public static final UnionValue NONE = new UnionValue(UnionType.OPTION, 0, NO_FIELDS);

    public final UnionType type;
    public final int tag;
    public final Object[] fields;

    public UnionValue(UnionType type, int tag, Object[] fields) {
        this.type = type;
        this.tag = tag;
        this.fields = fields;
    }

    public static UnionValue some(Object value) {
        return new UnionValue(UnionType.OPTION, 1, new Object[] {value});
    }

    public String caseName() {
        return type.cases().get(tag);
    }
}
