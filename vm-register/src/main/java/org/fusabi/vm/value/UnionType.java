package org.fusabi.vm.value;

import java.util.List;

/** A union type's case names and arities, indexed by tag. Options, results and exceptions are unions too. */
public record UnionType(String name, List<String> cases, List<Integer> arities) {
    public static final UnionType OPTION = new UnionType("option", List.of("None", "Some"), List.of(0, 1));
    public static final UnionType RESULT = new UnionType("Result", List.of("Ok", "Error"), List.of(1, 1));
    /** The exception raised by {@code failwith}, caught as {@code Failure msg}. */
    public static final UnionType FAILURE = new UnionType("exn", List.of("Failure"), List.of(1));
}
