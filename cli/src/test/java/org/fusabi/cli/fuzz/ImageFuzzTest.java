package org.fusabi.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run in CI: every example's image, mutated, run in-process, every 50th input also in a child JVM, and
 * every 20th there from a file that is truncated or overwritten while it runs; {@code -Dfuzz.seconds=N} changes the
 * budget.
 */
class ImageFuzzTest {
    @Test
    void mutatedImagesNeverCrashHangOrThrowUnexpectedly() throws Exception {
        String dir = System.getProperty("fusabi.examples.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "examples folder not configured");
        long seconds = Long.getLong("fuzz.seconds", 20);
        ImageFuzzer fuzzer = new ImageFuzzer(ImageFuzzer.corpus(List.of(Path.of(dir))), 5000, 50, 20);
        ImageFuzzer.Result r = fuzzer.run(Long.getLong("fuzz.seed", 20261125), 2, Long.MAX_VALUE, seconds);
        System.out.println("fuzz: " + r.inputs() + " inputs " + r.outcomes());
        assertEquals(List.of(), r.failures());
        assertTrue(r.outcomes().getOrDefault("rejected", 0L) > 0 && r.outcomes().getOrDefault("ran", 0L) > 0,
                "the mutations reach both the verifier's rejections and running scripts: " + r.outcomes());
        // Which of them end in "changed" depends on where the change falls (4% in the long run): ChangedImageTest
        // makes that happen, here it is enough that changing files were run.
        assertTrue(r.outcomes().keySet().stream().anyMatch(k -> k.startsWith("file changing: ")), "no file changed under a running image: " + r.outcomes());
    }
}
