package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when a script or a command line is wrong: one clear message, the right exit status. */
class ErrorReportTest {
    @TempDir
    Path dir;

    private Path script(String source) throws IOException {
        Path f = dir.resolve("s.fsx");
        Files.writeString(f, source);
        return f;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    @Test
    void uncaughtFailwithNamesTheLineAndTracesTheCalls() throws IOException {
        Path f = script("let f x =\n    if x > 1 then failwith \"too big\" else x\nprintfn \"%d\" (f 1)\nprintfn \"%d\" (f 2)\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertEquals("1\n", r.out());
        assertEquals(f + ":2:19: error: too big", firstLine(r.err()));
        assertTrue(r.err().contains("  at f (" + f + ":2:19)"), r.err());
        assertTrue(r.err().contains("  at <main> (" + f + ":4:15)"), r.err());
    }

    @Test
    void incompleteMatchWarnsWhenCompiledAndFailsAtRunTime() throws IOException {
        Path f = script("let g x =\n    match x with\n    | 1 -> \"one\"\nprintfn \"%s\" (g 1)\nprintfn \"%s\" (g 2)\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertEquals("one\n", r.out());
        List<String> err = r.err().lines().toList();
        assertEquals(f + ":2:11: warning: " + INCOMPLETE, err.get(0));
        assertEquals(f + ":2:5: error: The match cases were incomplete", err.get(1));
    }

    private static final String INCOMPLETE = "Incomplete pattern matches on this expression. For example, the value '0' may "
            + "indicate a case not covered by the pattern(s).";

    @Test
    void checkReportsWarningsAndSucceeds() throws IOException {
        Path f = script("let g x =\n    match x with\n    | 1 -> \"one\"\n");
        GoldenTest.Result r = GoldenTest.fus("check", f.toString());
        assertEquals(0, r.status());
        assertEquals(f + ":2:11: warning: " + INCOMPLETE + "\n", r.err());
    }

    @Test
    void headOfEmptyList() throws IOException {
        Path f = script("let xs : int list = []\nprintfn \"%d\" (List.head xs)\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertEquals(f + ":2:15: error: The input list was empty. (Parameter 'list')", firstLine(r.err()));
    }

    @Test
    void arrayIndexOutOfRangeNamesIndexAndLength() throws IOException {
        Path f = script("let a = [| 1; 2 |]\nprintfn \"%d\" a.[5]\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(f + ":2:14: error: Index was outside the bounds of the array.", firstLine(r.err()));
    }

    @Test
    void tryBranchesMustAgree() throws IOException {
        Path f = script("let x =\n    try 1\n    with _ -> \"no\"\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertEquals(f + ":3:15: error: This expression was expected to have type 'int' but here has type 'string'", firstLine(r.err()));
    }

    @Test
    void stackOverflowCannotBeCaught() throws IOException {
        Path f = script("let rec down n = if n = 0 then 0 else 1 + down (n - 1)\nlet r = try down 10000000 with _ -> -1\nprintfn \"%d\" r\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertTrue(firstLine(r.err()).startsWith(f + ":1:43: error: stack overflow"), r.err());
    }

    @Test
    void commandLineMistakes() throws IOException {
        assertEquals(2, GoldenTest.fus().status());
        GoldenTest.Result unknown = GoldenTest.fus("frobnicate", "x.fsx");
        assertEquals(2, unknown.status());
        assertEquals("fus: Unmatched arguments from index 0: 'frobnicate', 'x.fsx'", firstLine(unknown.err()));
        Path missing = dir.resolve("missing.fsx");
        GoldenTest.Result r = GoldenTest.fus("run", missing.toString());
        assertEquals(2, r.status());
        assertEquals("fus: " + missing + ": no such file or directory", firstLine(r.err()));
    }

    @Test
    void grindRefusesToOverwriteASource() throws IOException {
        Path f = script("printfn \"hi\"\n");
        GoldenTest.Result r = GoldenTest.fus("grind", f.toString(), "-o", f.toString());
        assertEquals(2, r.status());
        assertEquals("fus: refusing to overwrite " + f + ": it is not an image (a source file?)", firstLine(r.err()));
        assertEquals("printfn \"hi\"\n", Files.readString(f));
    }

    @Test
    void scriptArgumentsReachEnvArgs() throws IOException {
        Path f = script("printfn \"%A\" Env.args\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString(), "one", "two words");
        assertEquals(0, r.status());
        assertEquals("[\"one\"; \"two words\"]\n", r.out());
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAtItsFirstBadByte() throws IOException {
        Path f = dir.resolve("bad.fsx");
        Files.write(f, new byte[] {'l', 'e', 't', ' ', 'x', ' ', '=', ' ', '1', '\n', 'p', (byte) 0xFF, '\n'});
        for (String command : new String[] {"run", "check"}) {
            GoldenTest.Result r = GoldenTest.fus(command, f.toString());
            assertEquals(1, r.status(), command);
            assertEquals(f + ":2:2: error: the file is not UTF-8 text (byte 0xFF)", firstLine(r.err()), command);
        }
    }

    /** Regression: a script in a pipe (`fus run <(…)`) was opened twice, and the second open waited forever. */
    @Test
    void aScriptInAPipeIsReadOnce() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo is needed to make a pipe");
        for (String content : new String[] {"printfn \"from a pipe\"\n", null}) {
            Path fifo = dir.resolve("pipe" + (content == null ? "-image" : "-source"));
            assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
            byte[] bytes = content != null ? content.getBytes(StandardCharsets.UTF_8) : ground("printfn \"from a pipe\"\n");
            Thread writer = new Thread(() -> {
                try {
                    Files.write(fifo, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.start();
            GoldenTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> GoldenTest.fus("run", fifo.toString()));
            writer.join();
            assertEquals(0, r.status(), r.err());
            assertEquals("from a pipe\n", r.out());
        }
    }

    /** Regression: a Java Error (out of memory here) printed a Java stack trace and exited 0. */
    @Test
    void runningOutOfMemoryNamesTheScriptLine() throws IOException {
        Path f = script("printfn \"before\"\nlet a = Array.create 2000000000 0\n");
        GoldenTest.Result r = GoldenTest.fus("run", f.toString());
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        assertTrue(firstLine(r.err()).startsWith(f + ":2:9: error: out of memory: this needs about 7629 MB, more than the Java heap's "), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        Path doubling = script("let rec dbl (s: string) n = if n = 0 then s else dbl (s + s) (n - 1)\nprintfn \"%d\" (String.length (dbl \"ab\" 40))\n");
        GoldenTest.Result d = GoldenTest.fus("run", doubling.toString());
        assertEquals(1, d.status());
        assertTrue(firstLine(d.err()).startsWith(doubling + ":1:57: error: out of memory ("), d.err());
    }

    /** Regression: `fus run /dev/urandom` read until the heap was exhausted; a file that is not text is read no further. */
    @Test
    void devicesAreReadNoFurtherThanNeeded() {
        assumeTrue(Files.isReadable(Path.of("/dev/urandom")) && Files.isReadable(Path.of("/dev/zero")));
        GoldenTest.Result random = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> GoldenTest.fus("run", "/dev/urandom"));
        assertEquals(1, random.status());
        assertTrue(firstLine(random.err()).matches("/dev/urandom:\\d+:\\d+: error: the file is not UTF-8 text \\(byte 0x[0-9A-F]{2}\\)"), random.err());
        GoldenTest.Result zeros = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> GoldenTest.fus("check", "/dev/zero"));
        assertEquals(2, zeros.status());
        assertEquals("fus: /dev/zero: too large: a script (or an image read from a pipe) may have at most 256 MB", zeros.err().strip());
    }

    @Test
    void fileProblemsNameTheFileAndWhatWentWrong() throws IOException {
        GoldenTest.Result directory = GoldenTest.fus("run", dir.toString());
        assertEquals(2, directory.status());
        assertEquals("fus: " + dir + ": Is a directory", directory.err().strip());
        Path f = script("printfn \"hi\"\n");
        // Regression: blamed the source (`fus: s.fsx: no such file`).
        Path nowhere = dir.resolve("nodir").resolve("x.fzb");
        GoldenTest.Result output = GoldenTest.fus("grind", f.toString(), "-o", nowhere.toString());
        assertEquals(2, output.status());
        assertEquals("fus: " + nowhere + ": no such file or directory", output.err().strip());
    }

    /** Regression: an unreadable file printed `fus: F: F`, and read-only directories named the temporary file. */
    @Test
    void permissionProblemsSaySo() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may read and write anything");
        Path f = script("printfn \"hi\"\n");
        Files.setPosixFilePermissions(f, java.util.Set.of());
        GoldenTest.Result unreadable = GoldenTest.fus("run", f.toString());
        assertEquals(2, unreadable.status());
        assertEquals("fus: " + f + ": permission denied", unreadable.err().strip());
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = readOnly.resolve("x.fzb");
        GoldenTest.Result denied = GoldenTest.fus("grind", f.toString(), "-o", target.toString());
        assertEquals(2, denied.status());
        assertEquals("fus: " + target + ": permission denied", denied.err().strip());
    }

    /** Regression: a NUL byte in a source reached the terminal raw, in the message and in the quoted line. */
    @Test
    void controlCharactersInASourceAreEscaped() throws IOException {
        Path f = script("let x = 1\nlet y = \u0000 2\n");
        GoldenTest.Result r = GoldenTest.fus("check", f.toString());
        assertEquals(1, r.status());
        assertEquals(f + ":2:9: error: unexpected character '\\u0000'\nlet y = \\u0000 2\n        ^", r.err().strip());
    }

    private byte[] ground(String source) throws IOException {
        Path f = script(source);
        Path image = dir.resolve("s.fzb");
        assertEquals(0, GoldenTest.fus("grind", f.toString(), "-o", image.toString()).status());
        return Files.readAllBytes(image);
    }
}
