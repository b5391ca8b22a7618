package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Lua versions of the benchmark programs print exactly NAME.out on every Lua runtime installed here. */
class LuaProgramsTest {
    private static final Path PROGRAMS = Path.of("programs");
    private static final List<String> LUA_RUNTIMES = List.of("luaj", "luaj-luajc", "lua5.4", "luajit");

    @TestFactory
    Stream<DynamicTest> everyLuaProgramPrintsItsExpectedOutput() {
        List<String> programs = Program.namesIn(PROGRAMS);
        assertEquals(List.of("binary_trees", "fib", "loop", "sieve"), programs);
        return LUA_RUNTIMES.stream().map(Engines::create).flatMap(engine -> programs.stream().map(name ->
                DynamicTest.dynamicTest(name + " on " + engine.name(), () -> {
                    assumeTrue(engine.version().isPresent(), engine.name() + " is not installed on PATH: skipped");
                    Program program = Program.load(PROGRAMS, name);
                    assertEquals(program.expected(), engine.output(program));
                })));
    }
}
