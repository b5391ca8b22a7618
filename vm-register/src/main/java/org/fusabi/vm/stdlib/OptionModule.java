package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/** F#'s Option module. Options are unions with None = tag 0, Some = tag 1. */
public final class OptionModule {
    private OptionModule() {}

    public static void install(Library lib) {
        lib.define("Option.map", "('a -> 'b) -> 'a option -> 'b option",
                (vm, a) -> isSome(a[1]) ? UnionValue.some(vm.apply(a[0], value(a[1]))) : UnionValue.NONE);
        lib.define("Option.map2", "('a -> 'b -> 'c) -> 'a option -> 'b option -> 'c option",
                (vm, a) -> isSome(a[1]) && isSome(a[2]) ? UnionValue.some(vm.apply(a[0], value(a[1]), value(a[2])))
                                                        : UnionValue.NONE);
        lib.define("Option.map3", "('a -> 'b -> 'c -> 'd) -> 'a option -> 'b option -> 'c option -> 'd option",
                (vm, a) -> isSome(a[1]) && isSome(a[2]) && isSome(a[3])
                        ? UnionValue.some(vm.apply(a[0], value(a[1]), value(a[2]), value(a[3])))
                        : UnionValue.NONE);
        lib.define("Option.bind", "('a -> 'b option) -> 'a option -> 'b option",
                (vm, a) -> isSome(a[1]) ? vm.apply(a[0], value(a[1])) : UnionValue.NONE);
        // The null of .NET's reference types is None, any other value Some.
        lib.define("Option.ofObj", "'a -> 'a option", (vm, a) -> a[0] == null ? UnionValue.NONE : UnionValue.some(a[0]));
        lib.define("Option.toObj", "'a option -> 'a", (vm, a) -> isSome(a[0]) ? value(a[0]) : null);
        lib.define("Option.flatten", "'a option option -> 'a option", (vm, a) -> isSome(a[0]) ? value(a[0]) : UnionValue.NONE);
        lib.define("Option.filter", "('a -> bool) -> 'a option -> 'a option",
                (vm, a) -> isSome(a[1]) && (Boolean) vm.apply(a[0], value(a[1])) ? a[1] : UnionValue.NONE);
        lib.define("Option.defaultValue", "'a -> 'a option -> 'a", (vm, a) -> isSome(a[1]) ? value(a[1]) : a[0]);
        lib.define("Option.defaultWith", "(unit -> 'a) -> 'a option -> 'a",
                (vm, a) -> isSome(a[1]) ? value(a[1]) : vm.apply(a[0], Unit.VALUE));
        lib.define("Option.orElse", "'a option -> 'a option -> 'a option", (vm, a) -> isSome(a[1]) ? a[1] : a[0]);
        lib.define("Option.orElseWith", "(unit -> 'a option) -> 'a option -> 'a option",
                (vm, a) -> isSome(a[1]) ? a[1] : vm.apply(a[0], Unit.VALUE));
        lib.define("Option.isSome", "'a option -> bool", (vm, a) -> isSome(a[0]));
        lib.define("Option.isNone", "'a option -> bool", (vm, a) -> !isSome(a[0]));
        lib.define("Option.get", "'a option -> 'a", (vm, a) -> {
            if (!isSome(a[0])) throw NetErrors.argument(FSharpErrors.OPTION_NONE, "option");
            return value(a[0]);
        });
        lib.define("Option.count", "'a option -> int", (vm, a) -> isSome(a[0]) ? 1L : 0L);
        lib.define("Option.contains", "'a -> 'a option -> bool", (vm, a) -> isSome(a[1]) && Values.equal(a[0], value(a[1])));
        lib.define("Option.exists", "('a -> bool) -> 'a option -> bool",
                (vm, a) -> isSome(a[1]) && (Boolean) vm.apply(a[0], value(a[1])));
        lib.define("Option.forall", "('a -> bool) -> 'a option -> bool",
                (vm, a) -> !isSome(a[1]) || (Boolean) vm.apply(a[0], value(a[1])));
        lib.define("Option.fold", "('s -> 'a -> 's) -> 's -> 'a option -> 's",
                (vm, a) -> isSome(a[2]) ? vm.apply(a[0], a[1], value(a[2])) : a[1]);
        lib.define("Option.foldBack", "('a -> 's -> 's) -> 'a option -> 's -> 's",
                (vm, a) -> isSome(a[1]) ? vm.apply(a[0], value(a[1]), a[2]) : a[2]);
        lib.define("Option.iter", "('a -> unit) -> 'a option -> unit", (vm, a) -> {
            if (isSome(a[1])) vm.apply(a[0], value(a[1]));
            return Unit.VALUE;
        });
        lib.define("Option.toList", "'a option -> 'a list", (vm, a) -> isSome(a[0]) ? FList.of(value(a[0])) : FList.NIL);
        lib.define("Option.toArray", "'a option -> 'a[]", (vm, a) -> isSome(a[0]) ? new Object[] {value(a[0])} : new Object[0]);
    }

    static boolean isSome(Object option) {
        return ((UnionValue) option).tag == 1;
    }

    /** The one field of Some, Ok or Error. */
    static Object value(Object union) {
        return ((UnionValue) union).fields[0];
    }
}
