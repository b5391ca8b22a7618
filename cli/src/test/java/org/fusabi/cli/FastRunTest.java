package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FastRun takes only command lines that picocli (Commands) reads the same way, and leaves it everything else. */
class FastRunTest {
    private static Request.Run picocli(String... args) {
        PrintStream nowhere = new PrintStream(new ByteArrayOutputStream());
        return assertInstanceOf(Request.Run.class, new Commands(nowhere, nowhere).parse(args));
    }

    /** The same file, capabilities, mapper (by kind: a mapper is a lambda) and script arguments. */
    private static void assertSameRun(String... args) {
        Request.Run fast = FastRun.parse(args);
        Request.Run full = picocli(args);
        assertEquals(full.file(), fast.file());
        assertEquals(full.sandbox(), fast.sandbox());
        assertEquals(full.mapper().map(m -> m.getClass().getName()), fast.mapper().map(m -> m.getClass().getName()));
        assertEquals(full.args(), fast.args());
    }

    @Test
    void takesTheUsualFormsAsPicocliDoes() {
        assertSameRun("run", "x.fsx");
        assertSameRun("run", "x.fzb", "a", "--help", "-o", "--sandbox");
        assertSameRun("run", "--sandbox", "x.fsx", "a");
        assertSameRun("run", "--mapper=ffm", "--sandbox", "x.fzb");
        assertEquals(List.of("a", "b"), FastRun.parse(new String[] {"run", "--sandbox", "x.fsx", "a", "b"}).args());
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] args : new String[][] {
                {"run"}, {"run", "--help"}, {"run", "--sandbox"}, {"run", "--mapper", "ffm", "x.fzb"},
                {"run", "--sandbox", "--sandbox", "x.fsx"}, {"run", "--mapper=ffm", "--mapper=ffm", "x.fzb"},
                {"run", "--mapper=mmap2", "x.fzb"}, {"run", "--", "x.fsx"}, {"run", "-", "x.fsx"}, {"run", "x\0.fsx"},
                {"check", "x.fsx"}, {"rnu", "x.fsx"}, {}}) {
            assertNull(FastRun.parse(args), String.join(" ", args));
        }
    }
}
