package org.fusabi.compiler.typecheck;

import java.util.List;
import org.fusabi.compiler.types.Type;

/**
 * The types whose values a script can enumerate, as F# enumerates them through IEnumerable: what each yields, so
 * that such a value passes where a {@code seq<'a>} is expected and a {@code for} loop can walk it.
 */
final class Enumerables {
    private Enumerables() {}

    /** The element type of an enumerable type (a string yields chars, a map KeyValuePairs), or null. */
    static Type elementType(Type t) {
        if (!(Type.prune(t) instanceof Type.Con c)) return null;
        return switch (c.name()) {
            case "list", "array", "seq", "Set", "ResizeArray", "HashSet", "Queue", "Stack" -> c.args().get(0);
            case "string" -> Type.CHAR;
            case "Map", "Dictionary", "IDictionary", "SortedDictionary" -> keyValuePair(c.args().get(0), c.args().get(1));
            case "MatchCollection" -> new Type.Con("Match", List.of());
            case "GroupCollection" -> new Type.Con("Group", List.of());
            default -> null;
        };
    }

    static Type keyValuePair(Type key, Type value) {
        return new Type.Con("KeyValuePair", List.of(key, value));
    }
}
