package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-process runs go in rounds over every runtime, the bare JVM's included, and report peak RSS where they can. */
class InterleavedRunsTest {
    private static final Plan PLAN = new Plan(1, 2);

    @TempDir
    Path dir;

    @Test
    void eachRoundRunsEveryRuntimeOnceWithTheBareJvm() throws Exception {
        ProcessEngine lua = Engines.process("lua5.4", Path.of("no-fus"));
        assumeTrue(lua.version().isPresent(), "lua5.4 is not installed: skipped");
        ProcessEngine jvm = ProcessEngine.bareJvm(Path.of(System.getProperty("java.home")));
        List<String> steps = new ArrayList<>();
        Optional<PeakRss> rss = PeakRss.find();

        Results results = new InterleavedRuns(PLAN, (engine, program, step) -> steps.add(engine + " " + step), rss)
                .run(List.of(program("hello", "print('hello')", "hello\n")), List.of(lua, jvm));

        Result luaResult = results.get("hello", "lua5.4");
        Result jvmResult = results.get("hello", ProcessEngine.BARE_JVM);
        assertAll(
                () -> assertEquals(List.of("lua5.4 checking output", "lua5.4 warm-up 1/1", "bare-jvm warm-up 1/1",
                        "lua5.4 iteration 1/2", "bare-jvm iteration 1/2", "lua5.4 iteration 2/2", "bare-jvm iteration 2/2"), steps),
                () -> assertEquals(Result.Status.OK, luaResult.status(), luaResult.message()),
                () -> assertEquals(Result.Status.OK, jvmResult.status(), jvmResult.message()),
                () -> assertEquals(2, jvmResult.measurement().samplesMs().length),
                () -> assertEquals(rss.isPresent(), results.peakMb("hello", ProcessEngine.BARE_JVM).isPresent()),
                // A JVM's peak is tens of MB, Lua's a few: each run's own, not the harness's.
                () -> assertTrue(rss.isEmpty() || results.peakMb("hello", "lua5.4").getAsDouble() < 10,
                        () -> "lua5.4 peak " + results.peakMb("hello", "lua5.4")),
                () -> assertTrue(rss.isEmpty() || results.peakMb("hello", ProcessEngine.BARE_JVM).getAsDouble() > 10));
    }

    @Test
    void aFailedRunDropsTheRuntimeFromLaterRounds() throws Exception {
        ProcessEngine lua = Engines.process("lua5.4", Path.of("no-fus"));
        assumeTrue(lua.version().isPresent(), "lua5.4 is not installed: skipped");
        // Right the first time, when the output is checked, then wrong: the second run prints another line.
        Program program = program("flaky", "local f = io.open('" + dir.resolve("seen") + "', 'a+'); local n = #f:read('a'); "
                + "f:write('x'); f:close(); print(n < 2 and 'same' or 'other')", "same\n");
        List<String> steps = new ArrayList<>();

        Results results = new InterleavedRuns(PLAN, (engine, p, step) -> steps.add(step), Optional.empty())
                .run(List.of(program), List.of(lua));

        Result result = results.get("flaky", "lua5.4");
        assertAll(
                () -> assertEquals(Result.Status.FAILED, result.status()),
                () -> assertEquals("output differs from flaky.out (iteration 1/2) at line 1: expected \"same\", got \"other\"",
                        result.message()),
                () -> assertEquals(List.of("checking output", "warm-up 1/1", "iteration 1/2"), steps));
    }

    @Test
    void theWholeProcessTablesGiveRatiosPastTheJvmAndPeaks() {
        Results results = new Results(List.of(
                Result.ok("p", "fusabi", new Measurement(new long[] {150_000_000}, new long[] {60 * 1024})),
                Result.ok("p", "fusabi-fzb", new Measurement(new long[] {120_000_000}, new long[] {50 * 1024})),
                Result.ok("p", "lua5.4", new Measurement(new long[] {100_000_000}, new long[] {3 * 1024})),
                Result.ok("p", ProcessEngine.BARE_JVM, new Measurement(new long[] {40_000_000}, new long[] {40 * 1024}))));
        String report = MarkdownReport.render(Environment.probe(List.of(), List.of()), PLAN, List.of(Section.wholeProcess(results)));

        assertAll(
                () -> assertEquals(1.1, results.ratioPast("p", "fusabi", ProcessEngine.BARE_JVM, "lua5.4").orElseThrow(), 1e-9),
                () -> assertTrue(report.contains("| fusabi past the JVM ÷ Lua 5.4 | fusabi-fzb past the JVM ÷ Lua 5.4 | fzb ÷ fsx |"), report),
                () -> assertTrue(report.contains("| 1.50             | 1.10                          | 0.80                              | 0.80      |"), report),
                () -> assertTrue(report.contains("| p       | 60.0   | 50.0       | 3.0    | 40.0     | 20.0              | 10.0                  |"), report));
    }

    private Program program(String name, String lua, String expected) throws IOException {
        Files.writeString(dir.resolve(name + ".fsx"), "// not run by these tests\n");
        Files.writeString(dir.resolve(name + ".lua"), lua + "\n");
        Files.writeString(dir.resolve(name + ".out"), expected);
        return Program.load(dir, name);
    }
}
