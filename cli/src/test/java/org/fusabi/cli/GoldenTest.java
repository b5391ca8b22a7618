package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of examples/, the benchmark programs at their small sizes ({@link TestProgram}) and the shared
 * conformance suites through the fus command in-process and compares its output with the expected file beside it;
 * error programs must fail at the line they name.
 */
class GoldenTest {
    record Result(int status, String out, String err) {}

    /** Runs fus in-process with an empty standard input. */
    static Result fus(String... args) {
        return fusWithInput(new byte[0], args);
    }

    /** Runs fus in-process with {@code input} as its standard input. */
    static Result fusWithInput(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Main(new ByteArrayInputStream(input), o, e).execute(args);
        o.flush();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a program and checks its output against the .out beside it. */
    static void assertGolden(Path p) throws IOException {
        assertPrints(TestProgram.of(p));
    }

    /** Runs a program with its arguments and checks its output against its expected file. */
    static void assertPrints(TestProgram p) throws IOException {
        assertTrue(Files.exists(p.expected()), "missing expected output " + p.expected());
        Result r = fusWithInput(p.input(), p.runCommand());
        assertEquals("", r.err(), "stderr of " + p.name());
        assertEquals(Files.readString(p.expected()), r.out(), "stdout of " + p.name());
        assertEquals(0, r.status());
    }

    private static final Pattern ERROR_LINE = Pattern.compile("//\\s*error at line (\\d+)");

    /** Runs an error program and checks that it fails, without a Java trace, at the line its first comment names. */
    static void assertFailsAtNamedLine(Path p) throws IOException {
        String first = Files.readAllLines(p).get(0);
        Matcher m = ERROR_LINE.matcher(first);
        assertTrue(m.find(), "first line names the error line: " + first);
        Result r = fus("run", p.toString());
        assertEquals(1, r.status(), "exit status; stderr: " + r.err());
        String firstErr = r.err().lines().findFirst().orElse("");
        assertTrue(firstErr.startsWith(p + ":" + m.group(1) + ":"), "error names file and line: " + r.err());
        assertFalse(r.err().contains("Exception in thread") || r.err().contains("at java."), "no Java trace: " + r.err());
    }

    @FunctionalInterface
    interface Check {
        void run(Path program) throws Exception;
    }

    private static Stream<DynamicTest> each(List<Path> programs, Check check) {
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check.run(p)));
    }

    /** Pending programs must still fail; one that passes must come off the list. */
    private static Stream<DynamicTest> suite(Path folder, Path next, Check check) {
        assertFalse(ConformanceSuites.programs(folder).isEmpty(), "no programs in " + folder);
        return each(ConformanceSuites.programs(folder), p -> {
            if (next == null || !ConformanceSuites.isPending(next, p)) {
                check.run(p);
                return;
            }
            boolean passes;
            try {
                check.run(p);
                passes = true;
            } catch (AssertionError stillFailing) {
                passes = false;
            }
            assertFalse(passes, next.relativize(p) + " passes now: remove it from cli/src/test/resources/conformance-next/pending.txt");
        });
    }

    @TestFactory
    Stream<DynamicTest> examples() {
        Path examples = ConformanceSuites.folder(ConformanceSuites.EXAMPLES);
        assumeTrue(examples != null, "examples folder not configured");
        Stream<DynamicTest> benchmarks = TestProgram.benchmarks().stream()
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> assertPrints(p)));
        return Stream.concat(suite(examples, null, GoldenTest::assertGolden), benchmarks);
    }

    @TestFactory
    Stream<DynamicTest> conformance() {
        Path conformance = ConformanceSuites.folder(ConformanceSuites.CONFORMANCE);
        assumeTrue(conformance != null, "SKIPPED: ../shared/conformance not found; conformance programs not run");
        return suite(conformance, null, GoldenTest::assertGolden);
    }

    @TestFactory
    Stream<DynamicTest> conformanceErrors() {
        Path conformance = ConformanceSuites.folder(ConformanceSuites.CONFORMANCE);
        assumeTrue(conformance != null && Files.isDirectory(conformance.resolve("errors")), "SKIPPED: ../shared/conformance/errors not found");
        return suite(conformance.resolve("errors"), null, GoldenTest::assertFailsAtNamedLine);
    }

    @TestFactory
    Stream<DynamicTest> conformanceNext() {
        Path next = ConformanceSuites.folder(ConformanceSuites.NEXT);
        assumeTrue(next != null, "SKIPPED: ../shared/conformance-next not found; its programs not run");
        return suite(next, next, GoldenTest::assertGolden);
    }

    @TestFactory
    Stream<DynamicTest> conformanceNextErrors() {
        Path next = ConformanceSuites.folder(ConformanceSuites.NEXT);
        assumeTrue(next != null && Files.isDirectory(next.resolve("errors")), "SKIPPED: ../shared/conformance-next/errors not found");
        return suite(next.resolve("errors"), next, GoldenTest::assertFailsAtNamedLine);
    }

    /** A stale line in the pending list (a program renamed or gone) would hide nothing; it is an error too. */
    @TestFactory
    Stream<DynamicTest> pendingListNamesExistingPrograms() {
        Path next = ConformanceSuites.folder(ConformanceSuites.NEXT);
        assumeTrue(next != null, "SKIPPED: ../shared/conformance-next not found");
        return ConformanceSuites.pending().stream().sorted().map(name -> DynamicTest.dynamicTest(name,
                () -> assertTrue(Files.exists(next.resolve(name)), name + " is on the pending list but not in " + next)));
    }
}
