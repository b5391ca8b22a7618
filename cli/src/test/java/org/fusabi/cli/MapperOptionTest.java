package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fus run --mapper=...}. The Chronicle mapper itself is tested in fusabi-mmap-chronicle, whose tests run with
 * the JVM options it needs; this JVM has none of them.
 */
class MapperOptionTest {
    private static final String HELLO = "../examples/hello.fsx";

    @TempDir
    Path tmp;

    @Test
    void runsAnImageWithTheNamedMapper() {
        Path image = tmp.resolve("hello.fzb");
        assertEquals(0, GoldenTest.fus("grind", HELLO, "-o", image.toString()).status());
        GoldenTest.Result r = GoldenTest.fus("run", "--mapper=ffm", image.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("Hello from Fusabi!\n", r.out());
    }

    @Test
    void anUnknownMapperIsAUsageError() {
        GoldenTest.Result r = GoldenTest.fus("run", "--mapper=mmap2", HELLO);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("fus: Invalid value for option '--mapper': unknown mapper 'mmap2' (ffm or chronicle)\n"
                + "Usage: fus run [-h]"), r.err());
    }

    @Test
    void theOptionStillNeedsAFile() {
        GoldenTest.Result r = GoldenTest.fus("run", "--mapper=ffm");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("fus: Missing required parameter: 'FILE'\nUsage: fus run [-h]"), r.err());
    }
}
