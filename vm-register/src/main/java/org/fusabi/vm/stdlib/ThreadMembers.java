package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code System.Threading} as far as a script's threads can run on its one interpreter: {@code Start} runs
 * the thread's function to its end before it returns, which is one of the schedules .NET may choose (the new
 * thread runs first and alone), as {@code Async.Parallel} runs its computations one after another. So every
 * {@code lock} is free when taken and {@code Interlocked} operations need no atomicity; a thread that waits for
 * something its starter does after {@code Start} would wait forever, and is not supported.
 */
final class ThreadMembers {
    private ThreadMembers() {}

    static void install(Library lib) {
        lib.define("Thread.new", "(unit -> unit) -> Thread", (vm, a) -> new ScriptThread(a[0]));
        lib.define("Thread#Start", "Thread -> unit -> unit", (vm, a) -> ((ScriptThread) a[0]).start(vm));
        lib.define("Thread#Join", "Thread -> unit -> unit", (vm, a) -> ((ScriptThread) a[0]).join());
        lib.define("Thread#IsAlive", "Thread -> bool", (vm, a) -> false);
        lib.define("Thread.Sleep", "int -> unit", (vm, a) -> sleep((Long) a[0]));
        lib.define("lock", "'a -> (unit -> 'b) -> 'b", (vm, a) -> vm.apply(a[1], Unit.VALUE));
        lib.define("Interlocked.Increment", "int ref -> int", (vm, a) -> add(a[0], 1));
        lib.define("Interlocked.Decrement", "int ref -> int", (vm, a) -> add(a[0], -1));
    }

    /** F# passes a ref cell where a method takes a byref: the cell's contents are what Interlocked changes. */
    private static long add(Object cell, long delta) {
        RecordValue ref = (RecordValue) cell;
        long value = ref.bits(0) + delta;
        ref.setBits(0, value);
        return value;
    }

    private static Object sleep(long millis) {
        if (millis < -1) throw NetErrors.argumentOutOfRange("Number must be either non-negative and less than or equal to Int32.MaxValue or -1.", "millisecondsTimeout");
        try {
            Thread.sleep(Math.max(millis, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Unit.VALUE;
    }

    /** A script's thread: its function, run once by Start. */
    private static final class ScriptThread {
        private final Object body;
        private boolean started;

        ScriptThread(Object body) {
            this.body = body;
        }

        Object start(Interpreter vm) {
            if (started) throw NetErrors.raise(NetExceptionType.THREAD_STATE, "Thread is running or terminated; it cannot restart.");
            started = true;
            return vm.apply(body, Unit.VALUE);
        }

        Object join() {
            if (!started) throw NetErrors.raise(NetExceptionType.THREAD_STATE, "Thread has not been started.");
            return Unit.VALUE;
        }
    }
}
