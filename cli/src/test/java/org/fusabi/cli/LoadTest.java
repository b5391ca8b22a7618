package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts split into files with {@code #load}, run by the command from source and from a ground image: the image
 * holds every file, so it runs with the sources gone, and errors name the file they are in.
 */
class LoadTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private String in(String path) {
        return dir.resolve(path).toString();
    }

    /** main loads lib/report.fsx, which loads ../util/numbers.fsx; main loads that one too: it is loaded once. */
    private void chain() throws IOException {
        write("util/numbers.fsx", """
                printfn "numbers loaded"
                let total xs = List.sum xs
                let ratio a b = a / b
                """);
        write("lib/report.fsx", """
                #load "../util/numbers.fsx"
                open Numbers
                let line label xs = sprintf "%s: %d" label (total xs)
                """);
        write("main.fsx", """
                #load "lib/report.fsx" "util/numbers.fsx"
                printfn "%s" (Report.line "sum" [1; 2; 3])
                printfn "%d" (Numbers.ratio 10 (Numbers.total []))
                """);
    }

    private static final String CHAIN_OUT = "numbers loaded\nsum: 6\n";

    @Test
    void aChainRunsFromSource() throws IOException {
        chain();
        GoldenTest.Result r = GoldenTest.fus("run", in("main.fsx"));
        assertEquals(CHAIN_OUT, r.out());
        assertEquals(1, r.status());
        assertEquals(in("util/numbers.fsx") + ":3:19: error: Attempted to divide by zero.\n"
                + "  at ratio (" + in("util/numbers.fsx") + ":3:19)\n"
                + "  at <main> (" + in("main.fsx") + ":3:15)\n", r.err());
    }

    @Test
    void aGroundImageHoldsEveryFileAndNamesThemFromTheScriptsFolder() throws IOException {
        chain();
        Path image = dir.resolve("out/main.fzb");
        Files.createDirectories(image.getParent());
        assertEquals(0, GoldenTest.fus("grind", in("main.fsx"), "-o", image.toString()).status());
        for (String f : new String[] {"main.fsx", "lib/report.fsx", "util/numbers.fsx"}) Files.delete(dir.resolve(f));
        GoldenTest.Result r = GoldenTest.fus("run", image.toString());
        assertEquals(CHAIN_OUT, r.out());
        assertEquals(1, r.status());
        assertEquals("""
                util/numbers.fsx:3:19: error: Attempted to divide by zero.
                  at ratio (util/numbers.fsx:3:19)
                  at <main> (main.fsx:3:15)
                """, r.err());
        String listing = GoldenTest.fus("disasm", image.toString()).out();
        assertTrue(listing.contains("[util/numbers.fsx:3]"), listing);
        assertTrue(listing.contains("\t[2]\t"), listing);
    }

    @Test
    void aCycleIsAnErrorFromRunGrindAndCheck() throws IOException {
        write("a.fsx", "#load \"b.fsx\"\nlet a = 1\n");
        write("b.fsx", "#load \"a.fsx\"\nlet b = 2\n");
        write("main.fsx", "#load \"a.fsx\"\nprintfn \"%d\" A.a\n");
        String cycle = in("a.fsx") + " -> " + in("b.fsx") + " -> " + in("a.fsx");
        for (String command : new String[] {"run", "grind", "check"}) {
            GoldenTest.Result r = GoldenTest.fus(command, in("main.fsx"));
            assertEquals(1, r.status(), command);
            assertEquals("", r.out(), command);
            // grind names the files as the image would, from the script's folder
            String files = command.equals("grind") ? "a.fsx -> b.fsx -> a.fsx" : cycle;
            assertEquals(in("b.fsx") + ":1:7: error: #load cycle: " + files + "\n#load \"a.fsx\"\n      ^\n", r.err(), command);
        }
        assertTrue(Files.notExists(dir.resolve("main.fzb")));
    }

    @Test
    void aMissingFileOrAMistakeInALoadedFileIsReportedWhereItIs() throws IOException {
        write("main.fsx", "let x = 1\n#load \"lib.fsx\"\n");
        assertEquals(in("main.fsx") + ":2:7: error: could not load '" + in("lib.fsx") + "': no such file\n#load \"lib.fsx\"\n      ^\n",
                GoldenTest.fus("run", in("main.fsx")).err());
        write("lib.fsx", "let ok = 1\nlet bad = ok + \"x\"\n");
        String expected = in("lib.fsx") + ":2:16: error: This expression was expected to have type 'int' but here has type 'string'\n"
                + "let bad = ok + \"x\"\n               ^\n";
        assertEquals(expected, GoldenTest.fus("grind", in("main.fsx")).err());
        assertEquals(expected, GoldenTest.fus("check", in("main.fsx")).err());
    }

    @Test
    void underSandboxLoadIsRefusedNamingTheCapability() throws IOException {
        write("lib.fsx", "let x = 1\n");
        write("main.fsx", "#load \"lib.fsx\"\nprintfn \"%d\" Lib.x\n");
        assertEquals("1\n", GoldenTest.fus("run", in("main.fsx")).out());
        GoldenTest.Result r = GoldenTest.fus("run", "--sandbox", in("main.fsx"));
        assertEquals(1, r.status());
        assertEquals(in("main.fsx") + ":1:1: error: #load is not available: this host does not grant file access\n#load \"lib.fsx\"\n^\n", r.err());
    }
}
