package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files `fus grind` leaves behind. */
class GrindFilesTest {
    @TempDir
    Path dir;

    private Path source() throws IOException {
        return Files.writeString(dir.resolve("s.fsx"), "printfn \"hi\"\n");
    }

    /** Regression: the image was written with mode 0600 whatever the umask. */
    @Test
    void theImagesModeFollowsTheUmask() throws IOException {
        Path image = dir.resolve("s.fzb");
        assertEquals(0, GoldenTest.fus("grind", source().toString()).status());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(image));
    }

    /** Regression: `kill -9` during a grind left a hidden temporary file beside the target for good. */
    @Test
    void temporaryFilesOfKilledGrindsAreRemoved() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Path abandoned = Files.writeString(dir.resolve(".s.fzb." + gone.pid() + ".1.tmp"), "half an image");
        Path running = Files.writeString(dir.resolve(".s.fzb." + ProcessHandle.current().pid() + ".999.tmp"), "being written");
        Path unrelated = Files.writeString(dir.resolve(".s.fzb.notes.tmp"), "not ours");
        assertEquals(0, GoldenTest.fus("grind", source().toString()).status());
        assertFalse(Files.exists(abandoned), "the temporary file of a dead writer is left");
        assertTrue(Files.exists(running), "the temporary file of a running writer must stay");
        assertTrue(Files.exists(unrelated));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary file of this grind is left"); // s.fsx, s.fzb and the two above
        }
    }
}
