package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code Task<'T>} and F#'s {@code task { … }}, on the script's one thread as {@code async} is
 * (AsyncModule): a task starts when it is made, as .NET's do, and here also finishes then, so {@code t.Result},
 * {@code t.Wait()} and {@code let! x = t} find it done. The builder's parts before {@code Run} (its Delay, Combine,
 * While, TryWith …) are deferred computations, so that a {@code try … with} inside a task catches what the body
 * raises. A non-generic {@code Task} is a {@code Task<unit>}.
 */
final class TaskModule {
    private TaskModule() {}

    static void install(Library lib) {
        lib.define("get_task", "unit -> TaskBuilder", a -> Builder.INSTANCE);
        lib.define("TaskBuilder#Return", "TaskBuilder -> 'a -> Task<'a>", a -> Done.of(a[1]));
        lib.define("TaskBuilder#ReturnFrom", "TaskBuilder -> Task<'a> -> Task<'a>", a -> a[1]);
        lib.define("TaskBuilder#Zero", "TaskBuilder -> unit -> Task<unit>", a -> Done.of(Unit.VALUE));
        lib.define("TaskBuilder#Run", "TaskBuilder -> Task<'a> -> Task<'a>", (vm, a) -> Done.of(result(vm, a[1])));
        BuilderSteps.define(lib, "TaskBuilder", "Task", TaskModule::result);
        lib.define("Task#Result", "Task<'a> -> 'a", (vm, a) -> result(vm, a[0]));
        BuilderSteps.defineUnboxedResults(lib, "Task#Result", "Task<'a> -> 'a", TaskModule::result);
        lib.define("Task#Wait", "Task<'a> -> unit -> unit", (vm, a) -> {
            result(vm, a[0]);
            return Unit.VALUE;
        });
        lib.define("Task#IsCompleted", "Task<'a> -> bool", a -> true);
        lib.define("Task.FromResult", "'a -> Task<'a>", a -> Done.of(a[0]));
        lib.define("Task.get_CompletedTask", "unit -> Task<unit>", a -> Done.of(Unit.VALUE));
        lib.define("Task.Run", "(unit -> 'a) -> Task<'a>", (vm, a) -> Done.of(vm.apply(a[0], Unit.VALUE)));
        lib.define("Task.Delay", "int -> Task<unit>", a -> {
            AsyncModule.sleep((Long) a[0]);
            return Done.of(Unit.VALUE);
        });
        lib.define("Task.WhenAll", "seq<Task<'a>> -> Task<'a[]>", (vm, a) -> {
            List<Object> results = new ArrayList<>();
            try (Enumerator e = Items.enumerate(a[0])) {
                while (e.moveNext()) results.add(result(vm, e.current()));
            }
            return Done.of(results.toArray());
        });
        lib.define("Task.WaitAll", "Task<'a>[] -> unit", (vm, a) -> {
            for (Object t : ArrayValues.boxed(a[0])) result(vm, t);
            return Unit.VALUE;
        });
        lib.define("Async.AwaitTask", "Task<'a> -> Async<'a>", a -> (AsyncModule.Computation) vm -> result(vm, a[0]));
        lib.define("Async.StartAsTask", "Async<'a> -> Task<'a>", (vm, a) -> Done.of(((AsyncModule.Computation) a[0]).run(vm)));
    }

    /** The value of the builder {@code task}, which has no state. */
    enum Builder {
        INSTANCE;

        @Override
        public String toString() {
            return "Microsoft.FSharp.Control.TaskBuilder";
        }
    }

    /** A finished task and its result. */
    private record Done(Object value) {
        static Done of(Object value) {
            return new Done(value);
        }

        @Override
        public String toString() {
            return "System.Threading.Tasks.Task";
        }
    }

    private static Object result(Interpreter vm, Object task) {
        // a part of a task's body not run yet (BuilderSteps): the builder's Run, or an enclosing part, runs it
        return task instanceof Done done ? done.value : ((AsyncModule.Computation) task).run(vm);
    }
}
