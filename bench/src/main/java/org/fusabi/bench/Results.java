package org.fusabi.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** All results of a comparison, looked up by program and runtime, in the order they were run. */
final class Results {
    private final List<Result> all;
    private final Map<String, Result> byKey = new HashMap<>();

    Results(List<Result> all) {
        this.all = List.copyOf(all);
        all.forEach(r -> byKey.put(key(r.program(), r.engine()), r));
    }

    List<Result> all() {
        return all;
    }

    List<String> programs() {
        return all.stream().map(Result::program).distinct().toList();
    }

    List<String> engines() {
        return all.stream().map(Result::engine).distinct().toList();
    }

    Result get(String program, String engine) {
        return byKey.get(key(program, engine));
    }

    /** Median of numerator ÷ median of denominator; empty unless both were measured. */
    OptionalDouble ratio(String program, String numerator, String denominator) {
        Result top = get(program, numerator);
        Result bottom = get(program, denominator);
        if (top == null || bottom == null || top.status() != Result.Status.OK || bottom.status() != Result.Status.OK) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(top.measurement().medianMs() / bottom.measurement().medianMs());
    }

    /**
     * (median of numerator − median of start) ÷ median of denominator: how numerator compares with denominator once
     * the time start takes is set aside (a bare JVM's, say); empty unless all three were measured.
     */
    OptionalDouble ratioPast(String program, String numerator, String start, String denominator) {
        OptionalDouble whole = ratio(program, numerator, denominator);
        OptionalDouble startup = ratio(program, start, denominator);
        if (whole.isEmpty() || startup.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(whole.getAsDouble() - startup.getAsDouble());
    }

    /** The median peak RSS in MB of a measured run, if it was measured. */
    OptionalDouble peakMb(String program, String engine) {
        Result r = get(program, engine);
        return r == null || r.status() != Result.Status.OK ? OptionalDouble.empty() : r.measurement().medianPeakMb();
    }

    /** The baselines that Fusabi can be divided by in these results: both took part. */
    List<Engines.Baseline> baselines() {
        List<String> engines = engines();
        return Engines.BASELINES.stream()
                .filter(b -> engines.contains(Engines.FUSABI) && engines.contains(b.engine()))
                .toList();
    }

    boolean anyFailed() {
        return all.stream().anyMatch(r -> r.status() == Result.Status.FAILED);
    }

    private static String key(String program, String engine) {
        return program + '\0' + engine;
    }
}
