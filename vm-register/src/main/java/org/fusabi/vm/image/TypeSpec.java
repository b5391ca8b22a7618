package org.fusabi.vm.image;

import java.util.List;

/**
 * A record type (field names, and the {@code Kind} each is stored as: REF, or a primitive kind stored unboxed) or a
 * union type (case names, and per case its arity and the kinds its fields are stored as: {@code CaseShape}) declared
 * by the script.
 */
public record TypeSpec(String name, boolean union, List<String> names, List<Integer> arities) {}
