package org.fusabi.cli;

import static org.fusabi.cli.GoldenTest.fus;
import static org.fusabi.cli.GoldenTest.fusWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code fus run} grants a script (what {@code dotnet fsi} has) and what {@code --sandbox} takes away: the
 * examples that read standard input and files and write files, and every capability refused under the sandbox.
 */
class CapabilitiesCliTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("fusabi.examples.dir", "../examples"));

    @TempDir
    Path dir;

    @Test
    void wcCountsFilesAndReportsTheOnesItCannotRead() throws IOException {
        Path data = EXAMPLES.resolve("data");
        GoldenTest.Result r = fus("run", EXAMPLES.resolve("wc.fsx").toString(), data.resolve("poem.txt").toString(),
                data.resolve("notes.txt").toString(), data.resolve("missing.txt").toString());
        assertEquals(Files.readString(EXAMPLES.resolve("wc.files.out")).replace("data/", data + "/"), r.out());
        assertEquals("wc: " + data.resolve("missing.txt") + ": No such file or directory\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void wcCountsStandardInput() throws IOException {
        GoldenTest.Result r = fusWithInput("two lines,\nfive words\n".getBytes(StandardCharsets.UTF_8), "run", EXAMPLES.resolve("wc.fsx").toString());
        assertEquals("      2       4      22\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void csvReportWritesItsReportFile() throws IOException {
        Path report = dir.resolve("report.txt");
        GoldenTest.Result r = fus("run", EXAMPLES.resolve("csv_report.fsx").toString(), EXAMPLES.resolve("csv_report.in").toString(), report.toString());
        String fromInput = Files.readString(EXAMPLES.resolve("csv_report.out"));
        String summary = fromInput.substring(fromInput.indexOf('\n') + 1);
        assertEquals("csv_report.in: 7 sales\n" + summary + "wrote report.txt\n", r.out());
        assertEquals(summary, Files.readString(report));
        assertEquals(0, r.status());
    }

    @Test
    void exitEndsTheScriptWithItsStatusAfterItsOutput() throws IOException {
        Path script = Files.writeString(dir.resolve("exit.fsx"), "printf \"partial line\"\nexit 7\nprintfn \"never\"\n");
        GoldenTest.Result r = fus("run", script.toString());
        assertEquals("partial line", r.out());
        assertEquals("", r.err());
        assertEquals(7, r.status());
    }

    @Test
    void anUncaughtIoFailureIsAScriptError() throws IOException {
        Path script = Files.writeString(dir.resolve("read.fsx"), "printfn \"reading\"\nlet text = System.IO.File.ReadAllText \"" + dir.resolve("gone.txt") + "\"\n");
        GoldenTest.Result r = fus("run", script.toString());
        assertEquals("reading\n", r.out());
        assertEquals(script + ":2:12: error: Could not find file '" + dir.resolve("gone.txt") + "'.\n  at <main> (" + script + ":2:12)\n", r.err());
        assertEquals(1, r.status());
    }

    @TestFactory
    Stream<DynamicTest> theSandboxRefusesEveryCapability() {
        return Stream.of(
                new String[] {"console", "let l = stdin.ReadLine()", "stdin is not available: this host does not grant console access"},
                new String[] {"console output", "stdout.WriteLine \"x\"", "stdout is not available: this host does not grant console access"},
                new String[] {"files", "let t = System.IO.File.ReadAllText \"/etc/passwd\"", "System.IO.File is not available: this host does not grant file access"},
                new String[] {"directories", "let t = System.IO.Directory.GetFiles \"/\"", "System.IO.Directory is not available: this host does not grant file access"},
                new String[] {"environment", "let v = System.Environment.GetEnvironmentVariable \"HOME\"",
                        "System.Environment.GetEnvironmentVariable is not available: this host does not grant environment access"},
                new String[] {"exit", "let v = exit 3", "exit is not available: this host does not grant process exit"},
                new String[] {"arguments", "let v = fsi.CommandLineArgs", "fsi.CommandLineArgs is not available: this host does not grant command-line arguments"})
            .map(c -> DynamicTest.dynamicTest(c[0], () -> {
                Path script = Files.writeString(dir.resolve("escape.fsx"), "printfn \"start\"\n" + c[1] + "\n");
                GoldenTest.Result r = fus("run", "--sandbox", script.toString());
                assertEquals("", r.out());
                assertEquals(script + ":2:" + (c[1].startsWith("let") ? 9 : 1) + ": error: " + c[2], r.err().lines().findFirst().orElseThrow());
                assertEquals(1, r.status());
                assertEquals(0, fus("check", script.toString()).status(), "fus check grants what run does: " + c[0]);
            }));
    }

    @Test
    void theSandboxRefusesAnImageThatNeedsCapabilities() throws IOException {
        Path image = dir.resolve("wc.fzb");
        assertEquals(0, fus("grind", EXAMPLES.resolve("wc.fsx").toString(), "-o", image.toString()).status());
        GoldenTest.Result r = fus("run", "--sandbox", image.toString());
        assertEquals("fus: " + image + ": the script needs console access, file access, process exit and command-line arguments,"
                + " which this host does not grant\n", r.err());
        assertEquals(1, r.status());
        assertEquals("      2      13      78\n", fusWithInput(Files.readAllBytes(EXAMPLES.resolve("wc.in")), "run", image.toString()).out());
    }

    @Test
    void theSandboxStillRunsPureScripts() throws IOException {
        GoldenTest.Result r = fus("run", "--sandbox", EXAMPLES.resolve("hello.fsx").toString());
        assertEquals(Files.readString(EXAMPLES.resolve("hello.out")), r.out());
        assertEquals(0, r.status());
    }
}
