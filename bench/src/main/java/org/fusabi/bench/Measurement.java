package org.fusabi.bench;

import java.util.Arrays;

/** The measured (post-warm-up) run times of one program on one runtime. */
record Measurement(long[] nanos) {

    Measurement {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("a measurement needs at least one run");
        }
        nanos = nanos.clone();
    }

    /** Drops the warm-up runs from the times of all runs, in order. */
    static Measurement afterWarmup(Plan plan, long[] allRuns) {
        if (allRuns.length != plan.total()) {
            throw new IllegalArgumentException("expected " + plan.total() + " run times, got " + allRuns.length);
        }
        return new Measurement(Arrays.copyOfRange(allRuns, plan.warmup(), allRuns.length));
    }

    double medianMs() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return median / 1e6;
    }

    double minMs() {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    double maxMs() {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }

    double[] samplesMs() {
        return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
    }
}
