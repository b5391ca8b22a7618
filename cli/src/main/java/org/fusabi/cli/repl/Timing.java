package org.fusabi.cli.repl;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What {@code #time "on"} reports after each input, in F# Interactive's words:
 * {@code Real: 00:00:00.012, CPU: 00:00:00.015, GC gen0: 0, gen1: 0, gen2: 0}. CPU is the whole process's time,
 * as fsi counts it. The JVM's collectors are not .NET's generations: gen0 counts young collections, gen1 concurrent
 * cycles and gen2 full collections.
 */
final class Timing {
    private boolean on;

    /** The state of the clocks and collectors when an input starts. */
    record Start(long nanos, long cpuNanos, long[] collections) {}

    void on(boolean on) {
        this.on = on;
    }

    boolean on() {
        return on;
    }

    Start start() {
        return new Start(System.nanoTime(), cpuNanos(), collections());
    }

    /** The report for an input begun at start. */
    String since(Start start) {
        long[] now = collections();
        return "Real: " + clock(System.nanoTime() - start.nanos()) + ", CPU: " + clock(cpuNanos() - start.cpuNanos())
                + ", GC gen0: " + (now[0] - start.collections()[0]) + ", gen1: " + (now[1] - start.collections()[1])
                + ", gen2: " + (now[2] - start.collections()[2]);
    }

    /** fsi's {@code %02d:%02d:%02d.%03d} of hours, minutes, seconds and milliseconds. */
    static String clock(long nanos) {
        Duration d = Duration.ofNanos(Math.max(0, nanos));
        return String.format("%02d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart());
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long[] collections() {
        long[] gens = new long[3];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gens[generation(gc.getName())] += Math.max(0, gc.getCollectionCount());
        }
        return gens;
    }

    /** G1's "Young", Parallel's "Scavenge", Serial's "Copy", ZGC's "Minor"...; "Concurrent" cycles; the rest is full. */
    private static int generation(String collector) {
        for (String young : new String[] {"Young", "Scavenge", "Copy", "Minor", "ParNew"}) {
            if (collector.contains(young)) return 0;
        }
        return collector.contains("Concurrent") ? 1 : 2;
    }
}
