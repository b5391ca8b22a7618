package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
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
}
