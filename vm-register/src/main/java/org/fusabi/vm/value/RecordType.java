package org.fusabi.vm.value;

import java.util.List;

/** What a record value needs to know of its type at run time: its name and field names, for printing. */
public record RecordType(String name, List<String> fields) {
    /** {@code ref} cells are records with one mutable field, as in F#. */
    public static final RecordType REF = new RecordType("ref", List.of("contents"));

    /** Whether this is an anonymous record's type, which the compiler names by its fields: {@code {|Age;Name|}}. */
    public boolean anonymous() {
        return name.startsWith("{|");
    }
}
