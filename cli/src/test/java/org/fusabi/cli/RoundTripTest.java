package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example, benchmark program (at its small sizes) and passing conformance program prints the same whether run
 * from source or ground to an image first.
 */
class RoundTripTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> grindThenRunPrintsWhatRunPrints() throws IOException {
        List<TestProgram> programs = new ArrayList<>();
        for (String property : List.of(ConformanceSuites.EXAMPLES, ConformanceSuites.CONFORMANCE, ConformanceSuites.NEXT)) {
            programs.addAll(ConformanceSuites.passingRuns(property));
        }
        assertFalse(programs.isEmpty(), "no programs configured");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Path image = tmp.resolve(p.source().getFileName().toString().replace(".fsx", ".fzb"));
            assertEquals(0, GoldenTest.fus("grind", p.source().toString(), "-o", image.toString()).status());
            GoldenTest.Result fromSource = GoldenTest.fusWithInput(p.input(), p.runCommand());
            GoldenTest.Result fromImage = GoldenTest.fusWithInput(p.input(), p.runCommand(image));
            assertEquals(fromSource.out(), fromImage.out());
            assertEquals(fromSource.status(), fromImage.status());
            assertEquals("", fromImage.err());
        }));
    }
}
