package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark program exists in every language and prints exactly NAME.out on every runtime installed here,
 * in-process and as a process: Fusabi (from source and from a .fzb), LuaJ, Lua 5.4, LuaJIT, Rhai and Rune.
 * A runtime that is not installed is skipped visibly, never passed.
 */
class ProgramsTest {
    private static final Path PROGRAMS = Path.of("programs");
    private static final Path FUS = Path.of("../bin/fus");
    private static final List<String> EXTENSIONS = List.of(".fsx", ".lua", ".rhai", ".rn");

    @Test
    void everyProgramExistsInEveryLanguage() {
        List<String> programs = Program.namesIn(PROGRAMS);
        assertTrue(programs.containsAll(List.of("fib", "sieve", "sieve_array", "binary_trees", "loop", "nbody",
                "spectral_norm", "queens", "towers", "permute", "list", "storage", "wordfreq")), programs.toString());
        for (String name : programs) {
            for (String extension : EXTENSIONS) {
                assertTrue(Files.isRegularFile(PROGRAMS.resolve(name + extension)), name + extension + " is missing");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsItsExpectedOutputInProcess() {
        return tests(Engines.IN_PROCESS.stream().map(Engines::inProcess));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsItsExpectedOutputAsAProcess() {
        return tests(Engines.PROCESSES.stream().map(name -> Engines.process(name, FUS)));
    }

    private static Stream<DynamicTest> tests(Stream<Engine> engines) {
        List<String> programs = Program.namesIn(PROGRAMS);
        return engines.flatMap(engine -> programs.stream().map(name ->
                DynamicTest.dynamicTest(name + " on " + engine.name(), () -> {
                    assumeTrue(engine.version().isPresent(), engine.name() + " is not installed: skipped");
                    Program program = Program.load(PROGRAMS, name);
                    assertEquals(program.expected(), engine.output(program));
                })));
    }
}
