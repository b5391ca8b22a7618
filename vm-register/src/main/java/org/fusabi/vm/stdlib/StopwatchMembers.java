package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.NetTimeSpan;
import org.fusabi.vm.value.Unit;

/** .NET's {@code System.Diagnostics.Stopwatch}, on Java's monotonic nanosecond clock (.NET's Frequency on Linux). */
final class StopwatchMembers {
    private StopwatchMembers() {}

    static void install(Library lib) {
        lib.define("Stopwatch.new", "unit -> Stopwatch", (vm, a) -> new Watch());
        lib.define("Stopwatch.StartNew", "unit -> Stopwatch", (vm, a) -> {
            Watch w = new Watch();
            w.start();
            return w;
        });
        lib.define("Stopwatch.GetTimestamp", "unit -> int", (vm, a) -> System.nanoTime());
        lib.define("Stopwatch.get_Frequency", "unit -> int", a -> 1_000_000_000L);
        lib.define("Stopwatch#Start", "Stopwatch -> unit -> unit", (vm, a) -> watch(a[0]).start());
        lib.define("Stopwatch#Stop", "Stopwatch -> unit -> unit", (vm, a) -> watch(a[0]).stop());
        lib.define("Stopwatch#Reset", "Stopwatch -> unit -> unit", (vm, a) -> watch(a[0]).reset());
        lib.define("Stopwatch#Restart", "Stopwatch -> unit -> unit", (vm, a) -> {
            watch(a[0]).reset();
            return watch(a[0]).start();
        });
        lib.define("Stopwatch#IsRunning", "Stopwatch -> bool", (vm, a) -> watch(a[0]).startedAt >= 0);
        lib.define("Stopwatch#Elapsed", "Stopwatch -> TimeSpan", (vm, a) -> new NetTimeSpan(watch(a[0]).nanos() / 100));
        lib.define("Stopwatch#ElapsedMilliseconds", "Stopwatch -> int", (vm, a) -> watch(a[0]).nanos() / 1_000_000);
        lib.define("Stopwatch#ElapsedTicks", "Stopwatch -> int", (vm, a) -> watch(a[0]).nanos());
    }

    private static Watch watch(Object x) {
        return (Watch) x;
    }

    /** The time measured by earlier runs, and the start of the current run (-1 when stopped). */
    private static final class Watch {
        private long measured;
        private long startedAt = -1;

        Object start() {
            if (startedAt < 0) startedAt = System.nanoTime();
            return Unit.VALUE;
        }

        Object stop() {
            if (startedAt >= 0) measured += System.nanoTime() - startedAt;
            startedAt = -1;
            return Unit.VALUE;
        }

        Object reset() {
            measured = 0;
            startedAt = -1;
            return Unit.VALUE;
        }

        long nanos() {
            return measured + (startedAt < 0 ? 0 : System.nanoTime() - startedAt);
        }
    }
}
