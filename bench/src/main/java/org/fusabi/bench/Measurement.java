package org.fusabi.bench;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The measured (post-warm-up) run times of one program on one runtime and, for whole processes where the machine
 * can tell, each run's peak resident set size in KB (null when not measured).
 */
record Measurement(long[] nanos, long[] peakKb) {

    Measurement {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("a measurement needs at least one run");
        }
        if (peakKb != null && peakKb.length != nanos.length) {
            throw new IllegalArgumentException(nanos.length + " run times but " + peakKb.length + " peak sizes");
        }
        nanos = nanos.clone();
        peakKb = peakKb == null ? null : peakKb.clone();
    }

    Measurement(long[] nanos) {
        this(nanos, null);
    }

    /** Drops the warm-up runs from the times (and peak sizes, or null) of all runs, in order. */
    static Measurement afterWarmup(Plan plan, long[] allRuns, long[] allPeaksKb) {
        if (allRuns.length != plan.total()) {
            throw new IllegalArgumentException("expected " + plan.total() + " run times, got " + allRuns.length);
        }
        return new Measurement(Arrays.copyOfRange(allRuns, plan.warmup(), allRuns.length),
                allPeaksKb == null ? null : Arrays.copyOfRange(allPeaksKb, plan.warmup(), allPeaksKb.length));
    }

    static Measurement afterWarmup(Plan plan, long[] allRuns) {
        return afterWarmup(plan, allRuns, null);
    }

    double medianMs() {
        return median(nanos) / 1e6;
    }

    /** The median of the runs' peak RSS in MB, if it was measured. */
    OptionalDouble medianPeakMb() {
        return peakKb == null ? OptionalDouble.empty() : OptionalDouble.of(median(peakKb) / 1024);
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

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
