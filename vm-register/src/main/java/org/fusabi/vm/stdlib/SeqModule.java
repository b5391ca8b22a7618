package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Seq module over any collection, lazy where F# is lazy (map, filter, take, initInfinite, unfold, cache...)
 * and eager where F# is (length, fold, iter, toList...). Its functions accept every kind of collection at run
 * time: lists, arrays, strings, sets, maps, lazy sequences and the .NET collections.
 *
 * <p>Sequence expressions translate into these natives as F#'s spec (6.3.11) translates them:
 * {@code seq { c }} is {@code Seq.delay (fun () -> [c])}; {@code yield e} is {@code Seq.singleton e};
 * {@code yield! e} is e; {@code c1; c2} is {@code Seq.append [c1] (Seq.delay (fun () -> [c2]))};
 * {@code for p in e do c} is {@code Seq.collect (fun p -> [c]) e}; {@code while g do c} is
 * {@code Seq.generateWhile (fun () -> g) (Seq.delay (fun () -> [c]))}; {@code try c finally f} is
 * {@code Seq.tryFinally [c] (fun () -> f)}; {@code use x = e in c} is {@code let x = e in Seq.tryFinally [c]
 * (fun () -> x.Dispose())}; an {@code if} without else yields {@code Seq.empty ()} when false.
 *
 * <p>A {@code for x in s do} loop over a sequence enumerates it as F# does, through {@code s.GetEnumerator()}
 * ({@link EnumeratorMembers}).
 */
public final class SeqModule {
    private SeqModule() {}

    public static void install(Library lib) {
        Shape s = Shape.SEQ;
        Collections.install(lib, s);
        s.define(lib, "empty", "unit -> seq<'a>", (vm, a) -> Sequences.EMPTY);
        s.define(lib, "delay", "(unit -> seq<'a>) -> seq<'a>", (vm, a) -> Sequences.delay(vm, a[0]));
        s.define(lib, "initInfinite", "(int -> 'a) -> seq<'a>", (vm, a) -> Sequences.initInfinite(vm, a[0]));
        s.define(lib, "cache", "seq<'a> -> seq<'a>", (vm, a) -> Sequences.cache(a[0]));
        s.define(lib, "readonly", "seq<'a> -> seq<'a>", (vm, a) -> Sequences.readOnly(a[0]));
        // Values carry no static type here, so the elements pass as they are: a cast that .NET would refuse
        // shows later, where the element is used.
        lib.define("Seq.cast", "IEnumerable -> seq<'a>", (vm, a) -> Sequences.readOnly(a[0]));
        s.define(lib, "generateWhile", "(unit -> bool) -> seq<'a> -> seq<'a>",
                (vm, a) -> Sequences.generateWhile(vm, a[0], a[1]));
        s.define(lib, "tryFinally", "seq<'a> -> (unit -> unit) -> seq<'a>", (vm, a) -> Sequences.tryFinally(vm, a[0], a[1]));
        s.define(lib, "toList", "seq<'a> -> 'a list", (vm, a) -> Items.toList(a[0]));
        s.define(lib, "ofList", "'a list -> seq<'a>", (vm, a) -> a[0]);
        s.define(lib, "toArray", "seq<'a> -> 'a[]", (vm, a) -> Items.copy(a[0]));
        s.define(lib, "ofArray", "'a[] -> seq<'a>", (vm, a) -> Shape.readOnly(a[0]));
    }
}
