package org.fusabi.bench;

/** How many times each program runs in one process: warm-up runs first, then the measured ones. */
record Plan(int warmup, int iterations) {

    Plan {
        if (warmup < 0 || iterations < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and iterations >= 1, got " + warmup + " and " + iterations);
        }
    }

    int total() {
        return warmup + iterations;
    }

    /** The progress label of the run with this 0-based index among all {@link #total()} runs. */
    String step(int index) {
        return index < warmup
                ? "warm-up " + (index + 1) + "/" + warmup
                : "iteration " + (index - warmup + 1) + "/" + iterations;
    }
}
