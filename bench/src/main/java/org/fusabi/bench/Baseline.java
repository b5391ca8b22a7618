package org.fusabi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Committed ratios (Fusabi time ÷ another runtime's time, measured in one run) and the check of a new run
 * against them. Ratios rather than times: both sides of a ratio share the machine's noise and speed, so a
 * ratio moves when Fusabi changes, not when the machine does. File: one "program denominator ratio" per line.
 */
record Baseline(List<Entry> entries) {

    record Entry(String program, String denominator, double ratio) {
    }

    /** One ratio that grew beyond the tolerance. */
    record Regression(Entry baseline, double now) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: Fusabi ÷ %s was %.2f, now %.2f (%+.0f%%)", baseline.program,
                    baseline.denominator, baseline.ratio, now, (now / baseline.ratio - 1) * 100);
        }
    }

    static Baseline of(Results results) {
        List<Entry> entries = new ArrayList<>();
        for (String program : results.programs()) {
            for (Engines.Baseline b : results.baselines()) {
                OptionalDouble ratio = results.ratio(program, Engines.FUSABI, b.engine());
                ratio.ifPresent(r -> entries.add(new Entry(program, b.engine(), r)));
            }
        }
        return new Baseline(entries);
    }

    static Baseline read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            if (f.length != 3) {
                throw new IOException(file + ": expected \"program denominator ratio\", got: " + line);
            }
            try {
                entries.add(new Entry(f[0], f[1], Double.parseDouble(f[2])));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": not a ratio: " + f[2], e);
            }
        }
        return new Baseline(entries);
    }

    void write(Path file, String comment) throws IOException {
        StringBuilder sb = new StringBuilder();
        comment.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
        entries.forEach(e -> sb.append(String.format(Locale.ROOT, "%-14s %-8s %.3f%n", e.program, e.denominator, e.ratio)));
        Files.writeString(file, sb);
    }

    /**
     * The ratios of this baseline that grew by more than {@code tolerance} (0.10 = 10%) in {@code results}.
     * Ratios the run did not measure (a program or runtime left out, as the smoke run does) are not compared.
     */
    List<Regression> regressions(Results results, double tolerance) {
        List<Regression> found = new ArrayList<>();
        for (Entry e : entries) {
            OptionalDouble now = results.ratio(e.program, Engines.FUSABI, e.denominator);
            if (now.isPresent() && now.getAsDouble() > e.ratio * (1 + tolerance)) {
                found.add(new Regression(e, now.getAsDouble()));
            }
        }
        return found;
    }

    /** How many of this baseline's ratios the run measured, so that a check that compared nothing is visible. */
    long compared(Results results) {
        return entries.stream().filter(e -> results.ratio(e.program, Engines.FUSABI, e.denominator).isPresent()).count();
    }
}
