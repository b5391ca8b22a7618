package org.fusabi.vm.value;

import java.util.List;
import org.fusabi.vm.bytecode.CaseShape;

/**
 * A union type's case names and arities, indexed by tag, and how each case's fields are stored ({@link CaseShape}:
 * a field of a primitive kind unboxed in {@link UnionValue#prims}). Options, results and exceptions are unions too.
 */
public record UnionType(String name, List<String> cases, List<Integer> arities, List<Integer> shapes) {
    public static final UnionType OPTION = new UnionType("option", List.of("None", "Some"), List.of(0, 1));
    public static final UnionType RESULT = new UnionType("Result", List.of("Ok", "Error"), List.of(1, 1));
    /** The exception raised by {@code failwith}, caught as {@code Failure msg}. */
    public static final UnionType FAILURE = new UnionType("exn", List.of("Failure"), List.of(1));

    /** A union whose fields are all references (boxes). */
    public UnionType(String name, List<String> cases, List<Integer> arities) {
        this(name, cases, arities, arities);
    }

    /** How field i of case tag is stored: REF, or the primitive kind of its unboxed value. */
    public int kind(int tag, int field) {
        return CaseShape.kind(shapes.get(tag), field);
    }

    /** Whether some field of case tag is stored unboxed (its values then have {@link UnionValue#prims}). */
    public boolean unboxed(int tag) {
        return CaseShape.unboxed(shapes.get(tag));
    }
}
