package org.fusabi.vm.value;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fusabi.vm.bytecode.Kind;

/**
 * What a record value needs to know of its type at run time: its name and field names, for printing, and how
 * each field is stored: a field of a primitive {@link Kind} (a record's {@code float} or {@code int} field) is
 * unboxed in {@link RecordValue#prims}, so that assigning it allocates nothing; the others are boxes or references.
 */
public final class RecordType {
    /** {@code ref} cells are records with one mutable field, as in F#. */
    public static final RecordType REF = new RecordType("ref", List.of("contents"));

    private final String name;
    private final List<String> fields;
    private final byte[] kinds;
    private final boolean unboxed;

    /** A type whose fields are all references (boxes). */
    public RecordType(String name, List<String> fields) {
        this(name, fields, Collections.nCopies(fields.size(), (int) Kind.REF));
    }

    public RecordType(String name, List<String> fields, List<Integer> kinds) {
        if (kinds.size() != fields.size()) throw new IllegalArgumentException("a kind per field");
        this.name = name;
        this.fields = List.copyOf(fields);
        this.kinds = new byte[kinds.size()];
        boolean any = false;
        for (int i = 0; i < this.kinds.length; i++) {
            this.kinds[i] = kinds.get(i).byteValue();
            any |= Kind.isPrim(this.kinds[i]);
        }
        this.unboxed = any;
    }

    public String name() {
        return name;
    }

    public List<String> fields() {
        return fields;
    }

    /** How field i is stored: REF for a reference, else the primitive kind of its unboxed value. */
    public int kind(int field) {
        return kinds[field];
    }

    /** Whether some field is stored unboxed (its values then have {@link RecordValue#prims}). */
    public boolean hasUnboxed() {
        return unboxed;
    }

    /** Whether this is an anonymous record's type, which the compiler names by its fields: {@code {|Age;Name|}}. */
    public boolean anonymous() {
        return name.startsWith("{|");
    }

    @Override
    public boolean equals(Object o) {
        // Not the kinds: a ref cell of ints made by typed code (contents unboxed) and one made by generic code
        // (contents boxed) are of one F# type.
        return o instanceof RecordType t && t.name.equals(name) && t.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, fields);
    }

    @Override
    public String toString() {
        return "RecordType[" + name + " " + fields + "]";
    }
}
