package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Values;

/** F#'s top-level generic functions (its Operators module): fst, snd, max, min, compare, hash. */
public final class OperatorsModule {
    private OperatorsModule() {}

    public static void install(Library lib) {
        lib.define("fst", "'a * 'b -> 'a", (vm, a) -> ((Tuple) a[0]).items[0]);
        lib.define("snd", "'a * 'b -> 'b", (vm, a) -> ((Tuple) a[0]).items[1]);
        lib.define("max", "'a -> 'a -> 'a", (vm, a) -> max(a[0], a[1]));
        lib.define("min", "'a -> 'a -> 'a", (vm, a) -> min(a[0], a[1]));
        lib.define("compare", "'a -> 'a -> int", (vm, a) -> (long) Values.compare(a[0], a[1]));
        lib.define("hash", "'a -> int", (vm, a) -> (long) Values.hash(a[0]));
    }

    /** On floats F# uses Math.Max, which returns NaN if either argument is NaN. */
    private static Object max(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.max(x, y);
        return Values.compare(a, b) < 0 ? b : a;
    }

    private static Object min(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.min(x, y);
        return Values.compare(a, b) < 0 ? a : b;
    }
}
