package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.value.ArrayValues;
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
        lib.define("AsyncBuilder#Delay", "AsyncBuilder -> (unit -> Async<'a>) -> Async<'a>",
                a -> (Computation) vm -> run(vm, vm.apply(a[1], Unit.VALUE)));
        lib.define("AsyncBuilder#Bind", "AsyncBuilder -> Async<'a> -> ('a -> Async<'b>) -> Async<'b>",
                a -> (Computation) vm -> run(vm, vm.apply(a[2], run(vm, a[1]))));
        lib.define("AsyncBuilder#Combine", "AsyncBuilder -> Async<unit> -> Async<'a> -> Async<'a>", a -> (Computation) vm -> {
            run(vm, a[1]);
            return run(vm, a[2]);
        });
        lib.define("AsyncBuilder#For", "AsyncBuilder -> seq<'a> -> ('a -> Async<unit>) -> Async<unit>", a -> (Computation) vm -> {
            try (Enumerator e = Items.enumerate(a[1])) {
                while (e.moveNext()) run(vm, vm.apply(a[2], e.current()));
            }
            return Unit.VALUE;
        });
        lib.define("AsyncBuilder#While", "AsyncBuilder -> (unit -> bool) -> Async<unit> -> Async<unit>", a -> (Computation) vm -> {
            while ((Boolean) vm.apply(a[1], Unit.VALUE)) run(vm, a[2]);
            return Unit.VALUE;
        });
        lib.define("AsyncBuilder#TryWith", "AsyncBuilder -> Async<'a> -> (exn -> Async<'a>) -> Async<'a>", a -> (Computation) vm -> {
            try {
                return run(vm, a[1]);
            } catch (ScriptError e) {
                if (e.isFatal()) throw e;
                return run(vm, vm.apply(a[2], e.exception()));
            }
        });
        lib.define("AsyncBuilder#TryFinally", "AsyncBuilder -> Async<'a> -> (unit -> unit) -> Async<'a>", a -> (Computation) vm -> {
            try {
                return run(vm, a[1]);
            } finally {
                vm.apply(a[2], Unit.VALUE);
            }
        });
        lib.define("AsyncBuilder#Using", "AsyncBuilder -> 'a -> ('a -> Async<'b>) -> Async<'b>",
                a -> (Computation) vm -> run(vm, vm.apply(a[2], a[1])));
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
        // The result of RunSynchronously is the array Parallel made when the script reads it as an int[] (…): the
        // primitive array compiled code of that element type expects (vm.value.ArrayValues).
        for (Map.Entry<String, Integer> kind : Map.of("int", (int) Kind.INT, "float", (int) Kind.FLOAT, "bool", (int) Kind.BOOL,
                "char", (int) Kind.CHAR).entrySet()) {
            lib.define("Async.RunSynchronously" + Library.unboxedSuffix(kind.getKey()), "Async<'a> -> 'a",
                    (vm, a) -> ArrayValues.as(kind.getValue(), run(vm, a[0])));
        }
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
