package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FLazy;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code Lazy<'T>}: {@code lazy e} is {@code Lazy.Create (fun () -> e)}; {@code x.Force()},
 * {@code x.Value} and {@code x.IsValueCreated} are {@code Lazy.Force}, {@code Lazy.get_Value} and
 * {@code Lazy.get_IsValueCreated}, receiver first.
 */
public final class LazyModule {
    private LazyModule() {}

    public static void install(Library lib) {
        lib.define("Lazy.Create", "(unit -> 'a) -> Lazy<'a>", (vm, a) -> FLazy.of(a[0]));
        lib.define("Lazy.CreateFromValue", "'a -> Lazy<'a>", (vm, a) -> FLazy.ofValue(a[0]));
        lib.define("Lazy#Force", "Lazy<'a> -> unit -> 'a", (vm, a) -> force(vm, a[0]));
        lib.define("Lazy#Value", "Lazy<'a> -> 'a", (vm, a) -> force(vm, a[0]));
        lib.define("Lazy#IsValueCreated", "Lazy<'a> -> bool", (vm, a) -> ((FLazy) a[0]).isValueCreated());
    }

    private static Object force(Interpreter vm, Object lazy) {
        return ((FLazy) lazy).force(thunk -> vm.apply(thunk, Unit.VALUE),
                () -> NetErrors.invalidOperation("ValueFactory attempted to access the Value property of this instance."));
    }
}
