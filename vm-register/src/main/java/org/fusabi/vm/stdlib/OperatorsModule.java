package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FSet;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Values;

/**
 * F#'s top-level generic functions (its Operators module): fst, snd, max, min, compare, hash, defaultArg, sign,
 * set, seq (F#'s identity that views a collection as a sequence), isNull (what .NET's I/O returns for "none": ReadLine at the end of input), and the raisers invalidArg,
 * invalidOp and nullArg.
 */
public final class OperatorsModule {
    private OperatorsModule() {}

    public static void install(Library lib) {
        lib.define("fst", "'a * 'b -> 'a", (vm, a) -> ((Tuple) a[0]).items[0]);
        lib.define("snd", "'a * 'b -> 'b", (vm, a) -> ((Tuple) a[0]).items[1]);
        lib.define("max", "'a -> 'a -> 'a", (vm, a) -> max(a[0], a[1]));
        lib.define("min", "'a -> 'a -> 'a", (vm, a) -> min(a[0], a[1]));
        lib.define("compare", "'a -> 'a -> int", (vm, a) -> (long) Values.compare(a[0], a[1]));
        lib.define("hash", "'a -> int", (vm, a) -> ObjectOverrides.hash(vm, a[0]));
        lib.define("defaultArg", "'a option -> 'a -> 'a", (vm, a) -> OptionModule.isSome(a[0]) ? OptionModule.value(a[0]) : a[1]);
        lib.define("isNull", "'a -> bool", (vm, a) -> a[0] == null);
        // The default of a reference type, .NET's null: Unchecked.defaultof<string>, and the value a recursive
        // binding's variable holds until its definition has run. A script cannot write the name (null is a keyword).
        lib.define("Unchecked.null", "unit -> 'a", (vm, a) -> null);
        lib.define("sign", "^a -> int", (vm, a) -> Numeric.sign(a[0]));
        lib.define("invalidArg", "string -> string -> 'a", (vm, a) -> {
            throw NetErrors.argument((String) a[1], (String) a[0]);
        });
        lib.define("invalidOp", "string -> 'a", (vm, a) -> {
            throw NetErrors.invalidOperation((String) a[0]);
        });
        lib.define("nullArg", "string -> 'a", (vm, a) -> {
            throw NetErrors.raise(NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter '" + a[0] + "')");
        });
        lib.define("seq", "seq<'a> -> seq<'a>", (vm, a) -> a[0]);
        lib.define("set", "seq<'a> -> Set<'a>", (vm, a) -> {
            FSet s = FSet.EMPTY;
            try (Items.Each xs = Items.each(a[0])) {
                for (Object x : xs) s = s.add(x);
            }
            return s;
        });
    }

    /** On floats F# uses Math.Max, which returns NaN if either argument is NaN. */
    private static Object max(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.max(x, y);
        if (a instanceof Float x && b instanceof Float y) return Math.max(x, y);
        return Values.compare(a, b) < 0 ? b : a;
    }

    private static Object min(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.min(x, y);
        if (a instanceof Float x && b instanceof Float y) return Math.min(x, y);
        return Values.compare(a, b) < 0 ? a : b;
    }
}
