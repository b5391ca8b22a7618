package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code IEnumerator<'T>} and the enumerations behind a {@code for} loop: {@code s.GetEnumerator()} on a
 * sequence, then {@code e.MoveNext()}, {@code e.Current} and {@code e.Dispose()}; and the enumerators and
 * sequences a script implements itself (an object expression of {@code IEnumerator<'T>} or {@code IEnumerable<'T>}),
 * whose members are the functions the compiler gives {@code IEnumerator.ofFunctions}
 * and {@code Seq.ofGetEnumerator}.
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
        lib.define("IEnumerator.ofFunctions", "(unit -> bool) -> (unit -> 'a) -> (unit -> unit) -> IEnumerator<'a>",
                (vm, a) -> new Implemented(vm, a[0], a[1], a[2]));
        lib.define("Seq.ofGetEnumerator", "(unit -> IEnumerator<'a>) -> seq<'a>",
                (vm, a) -> FSeq.of(() -> (Enumerator) vm.apply(a[0], Unit.VALUE)));
    }

    /** An enumerator whose MoveNext, Current and Dispose are a script's functions. */
    private record Implemented(Interpreter vm, Object moveNextFn, Object currentFn, Object disposeFn) implements Enumerator {
        @Override
        public boolean moveNext() {
            return (Boolean) vm.apply(moveNextFn, Unit.VALUE);
        }

        @Override
        public Object current() {
            return vm.apply(currentFn, Unit.VALUE);
        }

        @Override
        public void close() {
            vm.apply(disposeFn, Unit.VALUE);
        }
    }
}
