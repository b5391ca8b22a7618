package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code IEnumerator<'T>} and the enumerations behind a {@code for} loop: {@code s.GetEnumerator()} on a
 * sequence, then {@code e.MoveNext()}, {@code e.Current} and {@code e.Dispose()}.
 */
final class EnumeratorMembers {
    private EnumeratorMembers() {}

    static void install(Library lib) {
        lib.define("Seq#GetEnumerator", "seq<'a> -> unit -> IEnumerator<'a>", (vm, a) -> Items.enumerate(a[0]));
        lib.define("IEnumerator#MoveNext", "IEnumerator<'a> -> unit -> bool", (vm, a) -> ((Enumerator) a[0]).moveNext());
        lib.define("IEnumerator#Current", "IEnumerator<'a> -> 'a", (vm, a) -> ((Enumerator) a[0]).current());
        lib.define("IEnumerator#Dispose", "IEnumerator<'a> -> unit -> unit", (vm, a) -> {
            ((Enumerator) a[0]).close();
            return Unit.VALUE;
        });
    }
}
