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

/** Every example and (passing) conformance program prints the same whether run from source or ground to an image first. */
class RoundTripTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> grindThenRunPrintsWhatRunPrints() throws IOException {
        List<Path> programs = new ArrayList<>();
        for (String property : List.of(ConformanceSuites.EXAMPLES, ConformanceSuites.CONFORMANCE, ConformanceSuites.NEXT)) {
            programs.addAll(ConformanceSuites.passing(property));
        }
        assertFalse(programs.isEmpty(), "no programs configured");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path image = tmp.resolve(p.getFileName().toString().replace(".fsx", ".fzb"));
            assertEquals(0, GoldenTest.fus("grind", p.toString(), "-o", image.toString()).status());
            GoldenTest.Result fromSource = GoldenTest.fus("run", p.toString());
            GoldenTest.Result fromImage = GoldenTest.fus("run", image.toString());
            assertEquals(fromSource.out(), fromImage.out());
            assertEquals(fromSource.status(), fromImage.status());
            assertEquals("", fromImage.err());
        }));
    }
}
