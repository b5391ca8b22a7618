package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/**
 * FSharp.Core's curried functions with capitalised names: {@code LanguagePrimitives.PhysicalEquality} and
 * {@code PhysicalHash} (whether two references are one object, and a hash of its identity, whatever structural
 * equality says), and {@code OperatorIntrinsics.RangeInt32}, what {@code a .. step .. b} over ints means.
 */
final class CoreIntrinsics {
    private CoreIntrinsics() {}

    static void install(Library lib) {
        lib.define("LanguagePrimitives.PhysicalEquality", "'a -> 'a -> bool", a -> a[0] == a[1]);
        lib.define("LanguagePrimitives.PhysicalHash", "'a -> int", a -> (long) System.identityHashCode(a[0]));
        lib.define("OperatorIntrinsics.RangeInt32", "int -> int -> int -> seq<int>", a -> Sequences.range((Long) a[0], (Long) a[1], (Long) a[2]));
    }
}
