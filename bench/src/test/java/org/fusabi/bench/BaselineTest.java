package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ratio that grows beyond the tolerance fails the check; one within it, or one not measured, does not. */
class BaselineTest {
    @TempDir
    Path dir;

    @Test
    void writtenBaselineReadsBack() throws Exception {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(run(40, 10, 20)).write(file, "test run");
        Baseline read = Baseline.read(file);
        assertEquals(List.of(new Baseline.Entry("fib", "lua5.4", 4.0), new Baseline.Entry("fib", "luaj", 2.0)), read.entries());
    }

    @Test
    void growthBeyondToleranceIsARegression() {
        Baseline baseline = new Baseline(List.of(new Baseline.Entry("fib", "lua5.4", 4.0)));
        assertTrue(baseline.regressions(run(43, 10, 20), 0.10).isEmpty(), "+7.5% is within 10%");
        List<Baseline.Regression> found = baseline.regressions(run(45, 10, 20), 0.10);
        assertEquals(1, found.size());
        assertEquals("fib: Fusabi ÷ lua5.4 was 4.00, now 4.50 (+13%)", found.getFirst().toString());
        assertFalse(BaselineReport.passes(baseline, run(45, 10, 20), 0.10));
        assertTrue(BaselineReport.passes(baseline, run(30, 10, 20), 0.10), "getting faster is no regression");
    }

    @Test
    void aCheckThatComparedNothingFails() {
        Baseline baseline = new Baseline(List.of(new Baseline.Entry("sieve", "lua5.4", 4.0)));
        assertEquals(0, baseline.compared(run(40, 10, 20)));
        assertFalse(BaselineReport.passes(baseline, run(40, 10, 20), 0.10));
    }

    private static Results run(long fusabiMs, long lua54Ms, long luajMs) {
        return new Results(List.of(
                Result.ok("fib", "fusabi", new Measurement(new long[] {fusabiMs * 1_000_000})),
                Result.ok("fib", "lua5.4", new Measurement(new long[] {lua54Ms * 1_000_000})),
                Result.ok("fib", "luaj", new Measurement(new long[] {luajMs * 1_000_000}))));
    }
}
