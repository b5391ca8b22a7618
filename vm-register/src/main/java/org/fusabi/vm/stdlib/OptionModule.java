package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/** F#'s Option and Result modules. Options are unions with None = tag 0, Some = tag 1; Ok = tag 0, Error = tag 1. */
public final class OptionModule {
    private OptionModule() {}

    public static void install(Library lib) {
        lib.define("Option.map", "('a -> 'b) -> 'a option -> 'b option",
                (vm, a) -> isSome(a[1]) ? UnionValue.some(vm.apply(a[0], value(a[1]))) : UnionValue.NONE);
        lib.define("Option.bind", "('a -> 'b option) -> 'a option -> 'b option",
                (vm, a) -> isSome(a[1]) ? vm.apply(a[0], value(a[1])) : UnionValue.NONE);
        lib.define("Option.map2", "('a -> 'b -> 'c) -> 'a option -> 'b option -> 'c option",
                (vm, a) -> isSome(a[1]) && isSome(a[2]) ? UnionValue.some(vm.apply(a[0], value(a[1]), value(a[2])))
                                                        : UnionValue.NONE);
        lib.define("Option.defaultValue", "'a -> 'a option -> 'a", (vm, a) -> isSome(a[1]) ? value(a[1]) : a[0]);
        lib.define("Option.defaultWith", "(unit -> 'a) -> 'a option -> 'a",
                (vm, a) -> isSome(a[1]) ? value(a[1]) : vm.apply(a[0], Unit.VALUE));
        lib.define("Option.orElse", "'a option -> 'a option -> 'a option", (vm, a) -> isSome(a[1]) ? a[1] : a[0]);
        lib.define("Option.isSome", "'a option -> bool", (vm, a) -> isSome(a[0]));
        lib.define("Option.isNone", "'a option -> bool", (vm, a) -> !isSome(a[0]));
        lib.define("Option.get", "'a option -> 'a", (vm, a) -> {
            if (!isSome(a[0])) throw new ScriptError("Option.get: the option value is None");
            return value(a[0]);
        });
        lib.define("Option.iter", "('a -> unit) -> 'a option -> unit", (vm, a) -> {
            if (isSome(a[1])) vm.apply(a[0], value(a[1]));
            return Unit.VALUE;
        });
        lib.define("Option.toList", "'a option -> 'a list",
                (vm, a) -> isSome(a[0]) ? FList.of(value(a[0])) : FList.NIL);

        lib.define("Result.map", "('a -> 'b) -> Result<'a, 'e> -> Result<'b, 'e>",
                (vm, a) -> isOk(a[1]) ? result(0, vm.apply(a[0], value(a[1]))) : a[1]);
        lib.define("Result.mapError", "('e -> 'f) -> Result<'a, 'e> -> Result<'a, 'f>",
                (vm, a) -> isOk(a[1]) ? a[1] : result(1, vm.apply(a[0], value(a[1]))));
        lib.define("Result.bind", "('a -> Result<'b, 'e>) -> Result<'a, 'e> -> Result<'b, 'e>",
                (vm, a) -> isOk(a[1]) ? vm.apply(a[0], value(a[1])) : a[1]);
        lib.define("Result.isOk", "Result<'a, 'e> -> bool", (vm, a) -> isOk(a[0]));
        lib.define("Result.isError", "Result<'a, 'e> -> bool", (vm, a) -> !isOk(a[0]));
        lib.define("Result.defaultValue", "'a -> Result<'a, 'e> -> 'a", (vm, a) -> isOk(a[1]) ? value(a[1]) : a[0]);
    }

    private static boolean isSome(Object option) {
        return ((UnionValue) option).tag == 1;
    }

    private static boolean isOk(Object result) {
        return ((UnionValue) result).tag == 0;
    }

    /** The one field of Some, Ok or Error. */
    private static Object value(Object union) {
        return ((UnionValue) union).fields[0];
    }

    private static UnionValue result(int tag, Object value) {
        return new UnionValue(UnionType.RESULT, tag, new Object[] {value});
    }
}
