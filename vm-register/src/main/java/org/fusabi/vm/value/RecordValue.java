package org.fusabi.vm.value;

/** A record: fields at the slots of their declaration order, boxed. Mutable fields are written in place. */
public final class RecordValue {
    public final RecordType type;
    public final Object[] fields;

    public RecordValue(RecordType type, Object[] fields) {
        this.type = type;
        this.fields = fields;
    }
}
