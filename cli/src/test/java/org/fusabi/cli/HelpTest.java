package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line as picocli declares it (Commands): help, the version, and what a mistake gets. */
class HelpTest {
    private static final String[] COMMANDS = {"run", "grind", "check", "disasm", "repl", "help", "completion"};

    @Test
    void everyCommandHasHelpBothWays() {
        for (String command : COMMANDS) {
            GoldenTest.Result viaHelp = GoldenTest.fus("help", command);
            assertEquals(0, viaHelp.status());
            assertTrue(viaHelp.out().startsWith("Usage: fus " + command + " [-h]"), viaHelp.out());
            GoldenTest.Result viaOption = GoldenTest.fus(command, "--help");
            assertEquals(0, viaOption.status());
            assertEquals(viaHelp.out(), viaOption.out());
        }
    }

    @Test
    void helpOfRunShowsItsOptionsAndArguments() {
        String help = GoldenTest.fus("run", "-h").out();
        assertTrue(help.startsWith("Usage: fus run [-h] [--sandbox] [--mapper=M] FILE [ARGS...]\n"
                + "Compiles and runs a script (.fsx source or .fzb image, told apart by content).\n"), help);
        assertTrue(help.contains("\n      --sandbox    Grant the script none of those capabilities.\n"), help);
        assertTrue(GoldenTest.fus("grind", "-h").out().startsWith("Usage: fus grind [-h] [-o OUT] FILE\n"));
    }

    @Test
    void generalHelpListsTheCommandsAndTheExitStatus() {
        GoldenTest.Result r = GoldenTest.fus("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: fus [-hV] [COMMAND]\n"), r.out());
        for (String command : COMMANDS) assertTrue(r.out().contains("\n  " + command + " "), command);
        assertTrue(r.out().contains("\n  repl        Interactive session: type declarations and expressions, see their values.\n"), r.out());
        assertTrue(r.out().contains("\nExit status: 0 success, 1 the script failed"), r.out());
        assertEquals(r.out(), GoldenTest.fus("help").out());
    }

    @Test
    void versionNamesTheBuildAndTheJvm() {
        GoldenTest.Result r = GoldenTest.fus("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("fus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJVM " + Pattern.quote(Runtime.version().toString()) + " \\(.*\\)\n"), r.out());
        assertEquals(r.out(), GoldenTest.fus("-V").out());
    }

    @Test
    void aMistypedCommandGetsSuggestions() {
        GoldenTest.Result r = GoldenTest.fus("gri");
        assertEquals(2, r.status());
        assertEquals("fus: Unmatched argument at index 0: 'gri'\nDid you mean: fus grind?\n", r.err());
        r = GoldenTest.fus("runn", "x.fsx");
        assertEquals(2, r.status());
        assertEquals("fus: Unmatched arguments from index 0: 'runn', 'x.fsx'\nDid you mean: fus run?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        GoldenTest.Result r = GoldenTest.fus("run", "--frob", "x.fsx");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("fus: Unknown option: '--frob'\nUsage: fus run [-h]"), r.err());
        r = GoldenTest.fus("grind", "x.fsx", "-x");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("fus: Unknown option: '-x'\nUsage: fus grind [-h]"), r.err());
    }

    @Test
    void otherMistakesAreUsageErrors() {
        GoldenTest.Result none = GoldenTest.fus();
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("fus: Missing required subcommand\nUsage: fus [-hV] [COMMAND]\n"), none.err());
        GoldenTest.Result help = GoldenTest.fus("help", "fly");
        assertEquals(2, help.status());
        assertTrue(help.err().startsWith("fus: Unknown command 'fly'\nUsage: fus help [-h] [COMMAND]\n"), help.err());
        GoldenTest.Result repl = GoldenTest.fus("repl", "x.fsx");
        assertEquals(2, repl.status());
        assertTrue(repl.err().startsWith("fus: Unmatched argument at index 1: 'x.fsx'\nUsage: fus repl [-h]\n"), repl.err());
        GoldenTest.Result check = GoldenTest.fus("check");
        assertEquals(2, check.status());
        assertTrue(check.err().startsWith("fus: Missing required parameter: 'FILE'\nUsage: fus check [-h] FILE\n"), check.err());
    }
}
