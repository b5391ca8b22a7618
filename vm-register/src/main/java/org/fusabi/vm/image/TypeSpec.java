package org.fusabi.vm.image;

import java.util.List;

/** A record type (field names) or union type (case names and arities) declared by the script. */
public record TypeSpec(String name, boolean union, List<String> names, List<Integer> arities) {}
