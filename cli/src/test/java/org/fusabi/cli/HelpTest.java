package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelpTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int fus(String... args) {
        return new Main(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    @Test
    void everyCommandHasHelpBothWays() {
        for (String command : new String[] {"run", "grind", "check", "repl", "help"}) {
            out.reset();
            assertEquals(0, fus("help", command));
            String viaHelp = out.toString(StandardCharsets.UTF_8);
            assertTrue(viaHelp.startsWith("usage: fus " + command), viaHelp);
            out.reset();
            assertEquals(0, fus(command, "--help"));
            assertEquals(viaHelp, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void generalHelpListsTheCommands() {
        assertEquals(0, fus("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  repl                    interactive session"));
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertEquals(2, fus("help", "fly"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("fus: unknown command 'fly'\nusage: fus"));
        err.reset();
        assertEquals(2, fus("fly"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("fus: unknown command 'fly'\n"));
        err.reset();
        assertEquals(2, fus("repl", "x.fsx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("fus: 'repl' takes no arguments\n"));
    }
}
