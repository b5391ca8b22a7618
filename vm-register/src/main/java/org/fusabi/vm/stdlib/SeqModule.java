package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.FList;

/**
 * F#'s Seq module as eager functions over lists (LANGUAGE.md makes lazy sequences optional): each result is
 * computed at once and returned as a list.
 */
public final class SeqModule {
    private SeqModule() {}

    public static void install(Library lib) {
        Shape s = Shape.SEQ;
        Collections.install(lib, s);
        s.define(lib, "toList", "'a list -> 'a list", (vm, a) -> Items.toList(a[0]));
        s.define(lib, "ofList", "'a list -> 'a list", (vm, a) -> a[0]);
        s.define(lib, "toArray", "'a list -> 'a[]", (vm, a) -> Reordering.copy(a[0]));
        s.define(lib, "ofArray", "'a[] -> 'a list", (vm, a) -> FList.of((Object[]) a[0]));
    }
}
