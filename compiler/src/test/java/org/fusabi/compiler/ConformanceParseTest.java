package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every conformance program parses, except the one that exists to fail parsing. */
class ConformanceParseTest {
    private static final String PARSE_ERROR_PROGRAM = "x03_parse.fsx";

    @TestFactory
    Stream<DynamicTest> conformanceProgramsParse() throws IOException {
        String dir = System.getProperty("fusabi.conformance.dir");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "fusabi.conformance.dir not available");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            programs = files.filter(p -> p.toString().endsWith(".fsx")).sorted().toList();
        }
        assertTrue(programs.size() > 1, "no programs in " + dir);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String source = Files.readString(program);
        if (program.getFileName().toString().equals(PARSE_ERROR_PROGRAM)) {
            CompileError e = assertThrows(CompileError.class, () -> Parser.parseProgram(source));
            assertEquals(3, e.pos().line(), e.getMessage());
        } else {
            Parser.parseProgram(source);
        }
    }
}
