package org.fusabi.compiler.types;

import java.util.Set;

/**
 * Which types have null as a proper value, F#'s {@code 'T : null}: .NET's reference types (string, obj, arrays,
 * exceptions, sequences, the library's classes), not F#'s own types (records, unions, lists, options, tuples,
 * functions, maps, sets) nor value types (numbers, bool, char).
 */
final class Nullness {
    private Nullness() {}

    private static final Set<String> WITHOUT_NULL = Set.of("bool", "char", "unit", "list", "option", "ref", "Map", "Set",
            "Result", "KeyValuePair");

    static boolean admits(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.decl() == null && admits(c.name());
    }

    static boolean admits(String con) {
        return !WITHOUT_NULL.contains(con) && !NumericTypes.isNumeric(con);
    }
}
