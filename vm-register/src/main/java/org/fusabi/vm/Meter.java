package org.fusabi.vm;

import java.lang.management.ManagementFactory;

/**
 * Measures one host entry against its {@link Limits}. The interpreter hands it fuel spent since the last
 * checkpoint; it answers how much more may run before the next one. Checkpoints are every {@link #SLICE} units at
 * most, so reading the clock and the allocation counter costs nothing measurable per instruction. Every checkpoint,
 * limits or not, also looks whether the thread was interrupted ({@link ScriptInterrupted}).
 */
final class Meter {
    /** About a tenth of a millisecond of interpretation: how late a deadline or an allocation limit is noticed. */
    private static final long SLICE = 50_000;
    /** About two milliseconds of interpretation: how late an interrupt is noticed when nothing else is measured. */
    private static final long UNMETERED_SLICE = 1 << 20;
    /** Fuel before the first entry. */
    static final long UNMETERED = UNMETERED_SLICE;

    private final Limits limits;
    private long spent;
    private long granted;
    private long deadline;
    private long allocatedAtStart;

    Meter(Limits limits) {
        this.limits = limits;
    }

    /** Starts a host entry; returns the first grant of fuel. */
    long start() {
        spent = 0;
        if (!limits.timeout().isZero()) deadline = System.nanoTime() + limits.timeout().toNanos();
        if (limits.allocation() > 0) allocatedAtStart = Allocation.ofCurrentThread();
        return grant();
    }

    /** Called when fuel ran out ({@code left <= 0}); throws if a limit is exceeded, else grants more. */
    long checkpoint(long left) {
        spent += granted - left;
        if (Thread.interrupted()) throw new ScriptInterrupted();
        if (limits.instructions() > 0 && spent > limits.instructions()) {
            throw new LimitExceeded(LimitExceeded.Limit.INSTRUCTIONS,
                    "limit exceeded: the instruction budget of " + limits.instructions() + " is used up");
        }
        if (!limits.timeout().isZero() && System.nanoTime() - deadline > 0) {
            throw new LimitExceeded(LimitExceeded.Limit.TIMEOUT,
                    "limit exceeded: the time limit of " + limits.timeout().toMillis() + " ms has passed");
        }
        if (limits.allocation() > 0 && Allocation.ofCurrentThread() - allocatedAtStart > limits.allocation()) {
            throw allocationExceeded();
        }
        return grant();
    }

    /**
     * About to allocate bytes at once: refused if that would go past the allocation limit, or could not fit in the
     * Java heap at all (rather than have the collector thrash for minutes before the JVM gives up).
     */
    void reserve(long bytes) {
        if (limits.allocation() > 0 && Allocation.ofCurrentThread() - allocatedAtStart + bytes > limits.allocation()) {
            throw allocationExceeded();
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw ScriptError.fatal("out of memory: this needs about " + (bytes >> 20) + " MB, more than the Java heap's "
                    + (heap >> 20) + " MB");
        }
    }

    private LimitExceeded allocationExceeded() {
        return new LimitExceeded(LimitExceeded.Limit.ALLOCATION, "limit exceeded: allocated more than " + limits.allocation() + " bytes");
    }

    private long grant() {
        if (!limits.metered()) return granted = UNMETERED_SLICE;
        long slice = SLICE;
        if (limits.instructions() > 0) slice = Math.min(slice, limits.instructions() - spent + 1);
        return granted = slice;
    }

    /** Kept apart so that java.management loads only when a host sets an allocation limit. */
    private static final class Allocation {
        static long ofCurrentThread() {
            return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
        }
    }
}
