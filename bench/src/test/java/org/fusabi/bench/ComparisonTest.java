package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness never reports a number it should not: not for a missing runtime, not for a wrong answer. */
class ComparisonTest {
    private static final Plan PLAN = new Plan(2, 3);
    private static final List<String> EXPECTED_STEPS = List.of(
            "checking output", "warm-up 1/2", "warm-up 2/2", "iteration 1/3", "iteration 2/3", "iteration 3/3");

    @TempDir
    Path dir;

    @Test
    void missingProcessRuntimeIsReportedAsNotInstalled() throws IOException {
        Engine rhai = Engines.process("rhai=no-such-rhai-run-for-fusabi-bench", Path.of("no-fus"));
        Results results = compare(program("hello", "print('hello')", "hello\n"), rhai, new ArrayList<>());

        assertEquals(Result.Status.NOT_INSTALLED, results.get("hello", "rhai").status());
        assertEquals("not installed", Environment.probe(List.of(), List.of(rhai)).versions().get("rhai (process)"));
    }

    @Test
    void rhaiAndRuneCommandsMayComeFromTheEnvironment() {
        Map<String, String> env = Map.of("RHAI_RUN", "/bin/true", "RUNE", "/bin/false");
        assertAll(
                () -> assertEquals(Optional.of("/bin/true"), Engines.process("rhai", Path.of("no-fus"), env).version()),
                () -> assertEquals(Optional.of("/bin/false"), Engines.process("rune", Path.of("no-fus"), env).version()),
                () -> assertEquals(Optional.of("/bin/echo"), Engines.process("rhai=/bin/echo", Path.of("no-fus"), env).version()),
                () -> assertEquals(Optional.empty(), Engines.process("rune", Path.of("no-fus"), Map.of("RUNE", "/no/such/rune")).version()));
    }

    @Test
    void missingRuntimeIsReportedAsNotInstalled() throws IOException {
        Engine missing = new ExternalLuaEngine("lua5.4", "no-such-lua-for-fusabi-bench");
        Results results = compare(program("hello", "print('hello')", "hello\n"), missing, new ArrayList<>());

        Result result = results.get("hello", "lua5.4");
        Environment env = Environment.probe(List.of(missing), List.of());
        assertAll(
                () -> assertEquals(Result.Status.NOT_INSTALLED, result.status()),
                () -> assertNull(result.measurement()),
                () -> assertEquals("not installed", env.versions().get("lua5.4")),
                () -> assertTrue(MarkdownReport.render(env, PLAN, List.of(Section.inProcess(results, false))).contains("| hello   | not installed |"),
                        MarkdownReport.render(env, PLAN, List.of(Section.inProcess(results, false)))),
                () -> assertTrue(JsonReport.render(env, PLAN, List.of(Section.inProcess(results, false))).contains("\"status\": \"not_installed\"")));
    }

    @Test
    void theInProcessSectionSaysWhereItRan() {
        Results none = new Results(List.of());
        assertTrue(Section.inProcess(none, true).description().startsWith("Each runtime and program runs in a fresh JVM"));
        assertTrue(Section.inProcess(none, false).description().startsWith("Every runtime runs in the harness's JVM"));
    }

    @Test
    void wrongOutputIsAFailureNotATime() throws IOException {
        Results results = compare(program("hello", "print('goodbye')", "hello\n"), Engines.inProcess("luaj"), new ArrayList<>());

        Result result = results.get("hello", "luaj");
        assertAll(
                () -> assertEquals(Result.Status.FAILED, result.status()),
                () -> assertNull(result.measurement()),
                () -> assertEquals("output differs from hello.out at line 1: expected \"hello\", got \"goodbye\"", result.message()),
                () -> assertTrue(results.anyFailed()));
    }

    @Test
    void runtimeErrorIsAFailure() throws IOException {
        Results results = compare(program("boom", "error('boom')", "boom\n"), Engines.inProcess("luaj"), new ArrayList<>());

        Result result = results.get("boom", "luaj");
        assertEquals(Result.Status.FAILED, result.status());
        assertTrue(result.message().contains("boom"), result.message());
    }

    @ParameterizedTest
    // "lua5.4=lua5.4" names the command, so it runs as a process under driver.lua rather than through JNR-FFI.
    @ValueSource(strings = {"luaj", "luaj-luajc", "lua5.4", "luajit", "lua5.4=lua5.4", "luajit=luajit"})
    void timesEveryWarmUpAndMeasuredRunInOneProcess(String runtime) throws IOException {
        Engine engine = Engines.inProcess(runtime);
        assumeTrue(engine.version().isPresent(), runtime + " is not installed: skipped");
        List<String> steps = new ArrayList<>();

        Results results = compare(program("hello", "print('hello', 42)", "hello\t42\n"), engine, steps);

        Result result = results.get("hello", engine.name());
        assertEquals(Result.Status.OK, result.status(), result.message());
        assertEquals(PLAN.iterations(), result.measurement().samplesMs().length);
        assertEquals(EXPECTED_STEPS, steps);
    }

    @Test
    void ratioDividesFusabiMedianByTheBaselineMedian() {
        Results results = new Results(List.of(
                Result.ok("p", "fusabi", new Measurement(new long[] {30_000_000, 10_000_000, 20_000_000})),
                Result.ok("p", "lua5.4", new Measurement(new long[] {4_000_000, 6_000_000})),
                Result.notInstalled("p", "luaj")));

        assertEquals(20.0, results.get("p", "fusabi").measurement().medianMs());
        assertEquals(4.0, results.ratio("p", "fusabi", "lua5.4").orElseThrow());
        assertTrue(results.ratio("p", "fusabi", "luaj").isEmpty());
    }

    private Results compare(Program program, Engine engine, List<String> steps) {
        return new Comparison(PLAN, (e, p, step) -> steps.add(step)).run(List.of(program), List.of(engine));
    }

    private Program program(String name, String lua, String expected) throws IOException {
        Files.writeString(dir.resolve(name + ".fsx"), "// not run by these tests\n");
        Files.writeString(dir.resolve(name + ".lua"), lua + "\n");
        Files.writeString(dir.resolve(name + ".out"), expected);
        return Program.load(dir, name);
    }
}
