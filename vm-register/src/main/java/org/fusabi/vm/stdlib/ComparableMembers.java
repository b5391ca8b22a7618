package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Values;

/**
 * .NET's {@code System.IComparable}: a value of that type is the compared value itself, boxed (the compiler upcasts
 * only types F# compares structurally: numbers, strings, records, unions, tuples, lists), so {@code CompareTo} is
 * F#'s {@code compare}.
 */
final class ComparableMembers {
    private ComparableMembers() {}

    static void install(Library lib) {
        lib.define("IComparable#CompareTo", "IComparable -> Object -> int", (vm, a) -> (long) Values.compare(a[0], a[1]));
    }

    /**
     * Whether a value is an IComparable ({@code :? IComparable}): a number, char, bool or string (Java's Comparable
     * boxes, as sets, maps and dates), a list, tuple, record or union; not an exception, function or array. A class's
     * object is a record here, so it passes too.
     */
    static boolean implementedBy(Object value) {
        return value instanceof Comparable<?> || value instanceof FList || value instanceof Tuple || value instanceof RecordValue
                || value instanceof UnionValue u && u.type != UnionType.FAILURE;
    }
}
