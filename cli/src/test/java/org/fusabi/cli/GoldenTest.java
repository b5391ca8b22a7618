package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * conformance suite through the fus command in-process and compares its output with the expected file beside it;
 * error programs must fail at the line they name.
 */
class GoldenTest {
    record Result(int status, String out, String err) {}

    static Result fus(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Main(o, e).execute(args);
        o.flush();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path dir(String property) {
        String d = System.getProperty(property);
        return d == null ? null : Path.of(d);
    }

    private static Stream<DynamicTest> goldenTests(List<TestProgram> programs) {
        assertFalse(programs.isEmpty(), "no programs");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            assertTrue(Files.exists(p.expected()), "missing expected output " + p.expected());
            Result r = fus(p.runCommand());
            assertEquals("", r.err(), "stderr of " + p.name());
            assertEquals(Files.readString(p.expected()), r.out(), "stdout of " + p.name());
            assertEquals(0, r.status());
        }));
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        Path examples = dir("fusabi.examples.dir");
        assumeTrue(examples != null && Files.isDirectory(examples), "examples folder not configured");
        return goldenTests(TestProgram.examplesAndBenchmarks());
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Path conformance = dir("fusabi.conformance.dir");
        assumeTrue(conformance != null && Files.isDirectory(conformance),
                "SKIPPED: ../shared/conformance not found; conformance programs not run");
        return goldenTests(TestProgram.in(conformance, true));
    }

    private static final Pattern ERROR_LINE = Pattern.compile("//\\s*error at line (\\d+)");

    @TestFactory
    Stream<DynamicTest> conformanceErrors() throws IOException {
        Path conformance = dir("fusabi.conformance.dir");
        assumeTrue(conformance != null && Files.isDirectory(conformance.resolve("errors")),
                "SKIPPED: ../shared/conformance/errors not found");
        List<Path> programs;
        try (Stream<Path> s = Files.list(conformance.resolve("errors"))) {
            programs = s.filter(p -> p.toString().endsWith(".fsx")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String first = Files.readAllLines(p).get(0);
            Matcher m = ERROR_LINE.matcher(first);
            assertTrue(m.find(), "first line names the error line: " + first);
            Result r = fus("run", p.toString());
            assertEquals(1, r.status(), "exit status; stderr: " + r.err());
            String firstErr = r.err().lines().findFirst().orElse("");
            assertTrue(firstErr.startsWith(p + ":" + m.group(1) + ":"), "error names file and line: " + r.err());
            assertFalse(r.err().contains("Exception in thread") || r.err().contains("at java."), "no Java trace: " + r.err());
        }));
    }
}
