package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;

/**
 * F#'s List module. {@code List.empty} is a value, not a function, so the compiler provides it. Functions
 * iterate rather than recurse, so million-element lists do not exhaust the Java stack.
 */
public final class ListModule {
    private ListModule() {}

    /** A list cell holding a boxed int it made, with the slot of the array it was staged in. */
    static final long BOXED_INT_CELL = 44;

    public static void install(Library lib) {
        Shape s = Shape.LIST;
        Collections.install(lib, s);
        s.define(lib, "ofArray", "'a[] -> 'a list", (vm, a) -> FList.of(ArrayValues.boxed(a[0])));
        s.define(lib, "toArray", "'a list -> 'a[]", (vm, a) -> ((FList) a[0]).toArray());
        s.define(lib, "ofSeq", "seq<'a> -> 'a list", (vm, a) -> Items.toList(a[0]));
        s.define(lib, "toSeq", "'a list -> seq<'a>", (vm, a) -> a[0]);
        // Per LANGUAGE.md (not an F# function): [a .. b - 1].
        s.define(lib, "range", "int -> int -> int list", (vm, a) -> {
            long from = (Long) a[0];
            vm.building((long) Math.max(0, (double) (Long) a[1] - from), BOXED_INT_CELL);
            FList out = FList.NIL;
            for (long i = (Long) a[1] - 1; i >= from; i--) out = new FList(i, out);
            return out;
        });
    }
}
