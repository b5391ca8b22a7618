package org.fusabi.vm.value;

import org.fusabi.vm.bytecode.Kind;

/**
 * A union case value: an int tag (the case's index in its type) and its fields at fixed slots. A field its type
 * stores unboxed ({@link UnionType#kind}) is the register value in {@link #prims} (its slot of {@link #fields} is
 * null); the others are in {@link #fields}. Code that does not know a field's kind reads it boxed through
 * {@link #field}.
 */
public final class UnionValue {
    private static final Object[] NO_FIELDS = new Object[0];
    public static final UnionValue NONE = new UnionValue(UnionType.OPTION, 0, NO_FIELDS);

    public final UnionType type;
    public final int tag;
    public final Object[] fields;
    /** The unboxed fields' values by field index, or null when the case has none. */
    public final long[] prims;

    public UnionValue(UnionType type, int tag, Object[] fields, long[] prims) {
        this.type = type;
        this.tag = tag;
        this.fields = fields;
        this.prims = prims;
    }

    /** A case of the given boxed field values (taking the array), each unboxed if the case stores it so. */
    public UnionValue(UnionType type, int tag, Object[] boxes) {
        this(type, tag, boxes, type.unboxed(tag) ? new long[boxes.length] : null);
        if (prims != null) {
            for (int i = 0; i < boxes.length; i++) {
                int kind = type.kind(tag, i);
                if (kind != Kind.REF) {
                    prims[i] = Numbers.unbox(kind, boxes[i]);
                    boxes[i] = null;
                }
            }
        }
    }

    public static UnionValue some(Object value) {
        return new UnionValue(UnionType.OPTION, 1, new Object[] {value}, null);
    }

    /** Field i, boxed if it is stored unboxed. */
    public Object field(int i) {
        int kind = prims == null ? Kind.REF : type.kind(tag, i);
        return kind == Kind.REF ? fields[i] : Numbers.box(kind, prims[i]);
    }

    /** Field i, of a primitive type, as a register value: unboxed, or from its box (the box's class says how). */
    public long bits(int i) {
        if (prims != null) return prims[i];
        Object box = fields[i];
        return Numbers.unbox(box instanceof Boolean ? Kind.BOOL : Numbers.typeOf(box).kind, box);
    }

    /** Every field, boxed: for code that handles unions generically (equality, printing, the host's view). */
    public Object[] boxedFields() {
        if (prims == null) return fields;
        Object[] out = new Object[fields.length];
        for (int i = 0; i < out.length; i++) out[i] = field(i);
        return out;
    }

    public String caseName() {
        return type.cases().get(tag);
    }
}
