package org.fusabi.vm.image;

import java.util.List;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * The types every image has without declaring them: option, Result, the Failure exception and ref cells, at the
 * first indexes of its type table in this order; the types an image declares are numbered after them. The compiler
 * numbers its own declarations of these types from here.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static final List<Object> TYPES = List.of(UnionType.OPTION, UnionType.RESULT, UnionType.FAILURE, RecordType.REF);

    public static int count() {
        return TYPES.size();
    }

    /** The index of a built-in type in every image's type table. */
    public static int indexOf(Object type) {
        int i = TYPES.indexOf(type);
        if (i < 0) throw new IllegalArgumentException("not a built-in type: " + type);
        return i;
    }

    static List<Object> all() {
        return TYPES;
    }
}
