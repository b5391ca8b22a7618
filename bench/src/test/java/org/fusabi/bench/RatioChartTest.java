package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratio chart is drawn when there is a ratio to Lua 5.4, and skipped, not failed, when there is none. */
class RatioChartTest {
    @TempDir
    Path dir;

    private static Result ok(String engine, long ms) {
        return Result.ok("fib", engine, new Measurement(new long[] {ms * 1_000_000}));
    }

    @Test
    void drawsTheRatiosOfTheOtherRuntimes() throws Exception {
        Path png = dir.resolve("chart.png");
        assertTrue(RatioChart.write(new Results(List.of(ok("lua5.4", 100), ok("fusabi", 50))), "t", png));
        assertTrue(Files.size(png) > 0);
    }

    /** Regression: with Lua 5.4 alone (bench/run.sh --runtimes lua5.4), XChart threw on a chart without a series. */
    @Test
    void luaAloneMakesNoChart() throws Exception {
        Path png = dir.resolve("chart.png");
        assertFalse(RatioChart.write(new Results(List.of(ok("lua5.4", 100))), "t", png));
        assertFalse(Files.exists(png));
    }
}
