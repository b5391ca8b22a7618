package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.fusabi.vm.Translations;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs again, with the second tier translating every function at its first call and every loop at
 * its first turn: most of them are too short to get hot, so without this their translation would go untested.
 * Each must still print exactly its expected output.
 */
class EagerTranslationTest {
    private static Stream<DynamicTest> eager(String property) throws IOException {
        assumeTrue(ConformanceSuites.folder(property) != null, "SKIPPED: " + property + " not found");
        List<TestProgram> programs = ConformanceSuites.passingRuns(property);
        AtomicInteger translated = new AtomicInteger();
        Stream<DynamicTest> runs = programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Library library = p.library();
            Image image = Image.load(Compiler.compileFile(p.source(), library), library);
            try {
                Translations.eager(new Interpreter(image, out, out)).run();
            } catch (ScriptError e) {
                out.println(e.render());
            }
            translated.addAndGet(Translations.count(image));
            assertEquals(Files.readString(p.expected()), bytes.toString(StandardCharsets.UTF_8), "output of " + p.name());
        }));
        // So that the programs cannot pass by running interpreted: most of them define functions that are called.
        DynamicTest check = DynamicTest.dynamicTest("functions were translated", () ->
                assertTrue(translated.get() >= programs.size(), translated.get() + " functions translated in " + programs.size() + " programs"));
        return Stream.concat(runs, Stream.of(check));
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return eager(ConformanceSuites.EXAMPLES);
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        return eager(ConformanceSuites.CONFORMANCE);
    }

    @TestFactory
    Stream<DynamicTest> conformanceNext() throws IOException {
        return eager(ConformanceSuites.NEXT);
    }
}
