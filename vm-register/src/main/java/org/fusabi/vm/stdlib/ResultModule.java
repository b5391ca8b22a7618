package org.fusabi.vm.stdlib;

import static org.fusabi.vm.stdlib.OptionModule.value;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/** F#'s Result module (FSharp.Core 7 and later). Results are unions with Ok = tag 0, Error = tag 1. */
public final class ResultModule {
    private ResultModule() {}

    public static void install(Library lib) {
        lib.define("Result.map", "('a -> 'b) -> Result<'a, 'e> -> Result<'b, 'e>",
                (vm, a) -> isOk(a[1]) ? result(0, vm.apply(a[0], value(a[1]))) : a[1]);
        lib.define("Result.mapError", "('e -> 'f) -> Result<'a, 'e> -> Result<'a, 'f>",
                (vm, a) -> isOk(a[1]) ? a[1] : result(1, vm.apply(a[0], value(a[1]))));
        lib.define("Result.bind", "('a -> Result<'b, 'e>) -> Result<'a, 'e> -> Result<'b, 'e>",
                (vm, a) -> isOk(a[1]) ? vm.apply(a[0], value(a[1])) : a[1]);
        lib.define("Result.isOk", "Result<'a, 'e> -> bool", (vm, a) -> isOk(a[0]));
        lib.define("Result.isError", "Result<'a, 'e> -> bool", (vm, a) -> !isOk(a[0]));
        lib.define("Result.defaultValue", "'a -> Result<'a, 'e> -> 'a", (vm, a) -> isOk(a[1]) ? value(a[1]) : a[0]);
        lib.define("Result.defaultWith", "('e -> 'a) -> Result<'a, 'e> -> 'a",
                (vm, a) -> isOk(a[1]) ? value(a[1]) : vm.apply(a[0], value(a[1])));
        lib.define("Result.count", "Result<'a, 'e> -> int", (vm, a) -> isOk(a[0]) ? 1L : 0L);
        lib.define("Result.fold", "('s -> 'a -> 's) -> 's -> Result<'a, 'e> -> 's",
                (vm, a) -> isOk(a[2]) ? vm.apply(a[0], a[1], value(a[2])) : a[1]);
        lib.define("Result.foldBack", "('a -> 's -> 's) -> Result<'a, 'e> -> 's -> 's",
                (vm, a) -> isOk(a[1]) ? vm.apply(a[0], value(a[1]), a[2]) : a[2]);
        lib.define("Result.exists", "('a -> bool) -> Result<'a, 'e> -> bool",
                (vm, a) -> isOk(a[1]) && (Boolean) vm.apply(a[0], value(a[1])));
        lib.define("Result.forall", "('a -> bool) -> Result<'a, 'e> -> bool",
                (vm, a) -> !isOk(a[1]) || (Boolean) vm.apply(a[0], value(a[1])));
        lib.define("Result.contains", "'a -> Result<'a, 'e> -> bool", (vm, a) -> isOk(a[1]) && Values.equal(value(a[1]), a[0]));
        lib.define("Result.iter", "('a -> unit) -> Result<'a, 'e> -> unit", (vm, a) -> {
            if (isOk(a[1])) vm.apply(a[0], value(a[1]));
            return Unit.VALUE;
        });
        lib.define("Result.toArray", "Result<'a, 'e> -> 'a[]", (vm, a) -> isOk(a[0]) ? new Object[] {value(a[0])} : new Object[0]);
        lib.define("Result.toList", "Result<'a, 'e> -> 'a list", (vm, a) -> isOk(a[0]) ? FList.of(value(a[0])) : FList.NIL);
        lib.define("Result.toOption", "Result<'a, 'e> -> 'a option",
                (vm, a) -> isOk(a[0]) ? UnionValue.some(value(a[0])) : UnionValue.NONE);
    }

    private static boolean isOk(Object result) {
        return ((UnionValue) result).tag == 0;
    }

    private static UnionValue result(int tag, Object value) {
        return new UnionValue(UnionType.RESULT, tag, new Object[] {value});
    }
}
