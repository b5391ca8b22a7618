package org.fusabi.vm;

import java.time.Duration;

/**
 * What a host allows one call into a script to use. Each limit is off when zero. The budgets start afresh at every
 * entry from the host ({@link Interpreter#run}, {@link Interpreter#apply} from outside a script).
 *
 * @param instructions  approximate instructions: each call charges the callee's code length and each loop
 *                      iteration the length of the loop body, so straight-line code is counted once per pass
 * @param callDepth     nested script calls (non-tail; tail calls do not nest)
 * @param timeout       wall-clock time from entry
 * @param allocation    bytes allocated on the Java heap by the running thread, approximate
 */
public record Limits(long instructions, int callDepth, Duration timeout, long allocation) {
    public static final Limits NONE = new Limits(0, 0, Duration.ZERO, 0);

    public Limits {
        if (instructions < 0 || callDepth < 0 || timeout.isNegative() || allocation < 0) {
            throw new IllegalArgumentException("limits cannot be negative");
        }
    }

    public Limits withInstructions(long n) {
        return new Limits(n, callDepth, timeout, allocation);
    }

    public Limits withCallDepth(int n) {
        return new Limits(instructions, n, timeout, allocation);
    }

    public Limits withTimeout(Duration d) {
        return new Limits(instructions, callDepth, d, allocation);
    }

    public Limits withAllocation(long bytes) {
        return new Limits(instructions, callDepth, timeout, bytes);
    }

    /** True when a limit other than call depth is set, so the interpreter must stop at checkpoints to measure. */
    boolean metered() {
        return instructions > 0 || !timeout.isZero() || allocation > 0;
    }
}
