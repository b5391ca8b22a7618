package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Unit;

/**
 * F#'s {@code async { … }} and the {@code Async} module, run on the script's one thread: an {@code Async<'T>} is a
 * computation that runs when started ({@code Async.RunSynchronously}, {@code Async.Start}), each time it is started.
 * {@code Async.Parallel} runs its computations one after another, which is one of the orders .NET may run them in;
 * {@code Async.Sleep} sleeps. The builder's methods follow FSharp.Core's AsyncBuilder.
 */
final class AsyncModule {
    private AsyncModule() {}

    /** A computation, run on the interpreter that starts it. */
    @FunctionalInterface
    interface Computation {
        Object run(Interpreter vm);
    }

    static void install(Library lib) {
        lib.define("get_async", "unit -> AsyncBuilder", a -> Builder.INSTANCE);
        lib.define("AsyncBuilder#Return", "AsyncBuilder -> 'a -> Async<'a>", a -> returning(a[1]));
        lib.define("AsyncBuilder#ReturnFrom", "AsyncBuilder -> Async<'a> -> Async<'a>", a -> a[1]);
        lib.define("AsyncBuilder#Zero", "AsyncBuilder -> unit -> Async<unit>", a -> returning(Unit.VALUE));
        BuilderSteps.define(lib, "AsyncBuilder", "Async", AsyncModule::run);
        lib.define("Async.RunSynchronously", "Async<'a> -> 'a", (vm, a) -> run(vm, a[0]));
        lib.define("Async.Start", "Async<unit> -> unit", (vm, a) -> run(vm, a[0]));
        lib.define("Async.StartImmediate", "Async<unit> -> unit", (vm, a) -> run(vm, a[0]));
        lib.define("Async.Ignore", "Async<'a> -> Async<unit>", a -> (Computation) vm -> {
            run(vm, a[0]);
            return Unit.VALUE;
        });
        lib.define("Async.Sleep", "int -> Async<unit>", a -> (Computation) vm -> sleep((Long) a[0]));
        lib.define("Async.Parallel", "seq<Async<'a>> -> Async<'a[]>", a -> all(a[0]));
        lib.define("Async.Sequential", "seq<Async<'a>> -> Async<'a[]>", a -> all(a[0]));
        // The result of RunSynchronously is the array Parallel made, as the script reads it.
        BuilderSteps.defineUnboxedResults(lib, "Async.RunSynchronously", "Async<'a> -> 'a", AsyncModule::run);
    }

    /** The value of the builder {@code async}, which has no state. */
    enum Builder {
        INSTANCE;

        @Override
        public String toString() {
            return "Microsoft.FSharp.Control.FSharpAsyncBuilder";
        }
    }

    private static Computation returning(Object value) {
        return vm -> value;
    }

    private static Object run(Interpreter vm, Object computation) {
        return ((Computation) computation).run(vm);
    }

    private static Computation all(Object computations) {
        return vm -> {
            List<Object> results = new ArrayList<>();
            try (Enumerator e = Items.enumerate(computations)) {
                while (e.moveNext()) results.add(run(vm, e.current()));
            }
            return results.toArray();
        };
    }

    static Object sleep(long milliseconds) {
        try {
            Thread.sleep(Math.max(0, milliseconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Unit.VALUE;
    }
}
