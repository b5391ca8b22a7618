package org.fusabi.vm.value;

import org.fusabi.vm.bytecode.Kind;

/**
 * A record: fields at the slots of their declaration order. A field its type stores unboxed ({@link RecordType#kind})
 * is the register value in {@link #prims} (its slot of {@link #fields} is null); the others are in {@link #fields}.
 * Mutable fields are written in place. Code that does not know a field's kind reads and writes boxes through
 * {@link #field} and {@link #set}; code that knows it is primitive, register values through {@link #bits} and
 * {@link #setBits}, whichever way the record holds it.
 */
public final class RecordValue {
    public final RecordType type;
    public final Object[] fields;
    /** The unboxed fields' values by field index, or null when the type has none. */
    public final long[] prims;

    public RecordValue(RecordType type, Object[] fields, long[] prims) {
        this.type = type;
        this.fields = fields;
        this.prims = prims;
    }

    /** A record of the given boxed field values (taking the array), each unboxed if its type stores it so. */
    public RecordValue(RecordType type, Object[] boxes) {
        this(type, type.hasUnboxed() ? new Object[boxes.length] : boxes, type.hasUnboxed() ? new long[boxes.length] : null);
        if (prims != null) for (int i = 0; i < boxes.length; i++) set(i, boxes[i]);
    }

    /** Field i, boxed if it is stored unboxed. */
    public Object field(int i) {
        int kind = type.kind(i);
        return kind == Kind.REF ? fields[i] : Numbers.box(kind, prims[i]);
    }

    /** Sets field i from a box (or reference). */
    public void set(int i, Object box) {
        int kind = type.kind(i);
        if (kind == Kind.REF) fields[i] = box;
        else prims[i] = Numbers.unbox(kind, box);
    }

    /**
     * Field i as a register value, for code that knows it is of a primitive type (GETRFP): from {@link #prims}, or
     * from its box in a record that holds it boxed (a ref cell that generic code made), the box's class saying how.
     */
    public long bits(int i) {
        if (prims != null) return prims[i];
        return Numbers.unbox(kindOfBox(fields[i]), fields[i]);
    }

    /** Sets field i from a register value (SETRFP): into {@link #prims}, or boxed as its present value is. */
    public void setBits(int i, long bits) {
        if (prims != null) prims[i] = bits;
        else fields[i] = Numbers.box(kindOfBox(fields[i]), bits);
    }

    private static int kindOfBox(Object box) {
        return box instanceof Boolean ? Kind.BOOL : Numbers.typeOf(box).kind;
    }

    /** Every field, boxed: for code that handles records generically (equality, printing, the host's view). */
    public Object[] boxedFields() {
        if (prims == null) return fields;
        Object[] out = new Object[fields.length];
        for (int i = 0; i < out.length; i++) out[i] = field(i);
        return out;
    }
}
