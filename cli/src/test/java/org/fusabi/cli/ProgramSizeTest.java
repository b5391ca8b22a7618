package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs as long as generated code makes them (the F# compiler's tests/fsharp/core/large): a chain of hundreds of
 * lets, a list or array literal of hundreds of elements compile and run; what still exceeds a function's 256
 * registers is reported by {@code fus check} as by {@code fus run}, before anything runs.
 */
class ProgramSizeTest {
    @TempDir
    Path dir;

    private GoldenTest.Result fus(String command, String source) throws IOException {
        Path f = dir.resolve("s.fsx");
        Files.writeString(f, source);
        return GoldenTest.fus(command, f.toString());
    }

    @Test
    void aChainOfFiveHundredLetsRunsInAFewRegisters() throws IOException {
        String source = "let f seed =\n    let x = seed\n" + "    let x = x + seed % 3\n".repeat(500)
                + "    let s = string x\n" + "    let x = s.Length + x\n".repeat(300) + "    x\nprintfn \"%d\" (f 4)\n";
        GoldenTest.Result r = fus("run", source);
        assertEquals("", r.err());
        assertEquals((4 + 500 + 300 * 3) + "\n", r.out());
    }

    @Test
    void mutableLetsAndAssignmentsInterleavedFiveHundredTimes() throws IOException {
        String source = "let f () =\n    let mutable x = 1\n" + "    x <- x + 2\n    let mutable x = x + 1\n".repeat(500)
                + "    x\nprintfn \"%d\" (f ())\n";
        assertEquals("1501\n", fus("run", source).out());
    }

    @Test
    void longListAndArrayLiteralsEvaluateTheirElementsInOrder() throws IOException {
        String source = "let mutable n = 0\nlet next () = n <- n + 1; n\n"
                + "let xs = [\n" + "    next ()\n".repeat(500) + "]\n"
                + "let ys = [| " + "next (); ".repeat(300) + "|]\n"
                + "printfn \"%d %d %d %b %d %d\" xs.Length xs.Head (List.last xs) (xs = [1 .. 500]) ys.[0] ys.[299]\n";
        GoldenTest.Result r = fus("run", source);
        assertEquals("", r.err());
        assertEquals("500 1 500 true 501 800\n", r.out());
    }

    @Test
    void checkReportsTheRegisterLimitThatRunWouldMeet() throws IOException {
        String source = "let n () = 0\nlet r () = if n () > 1 then Some 4 else None\nlet f () =\n"
                + "    match r () with\n    | Some x -> x\n    | None ->\n".repeat(200) + "    4\nprintfn \"%d\" (f ())\n";
        Path f = dir.resolve("s.fsx");
        String expected = f + ":3:5: error: function 'f' needs more than 256 registers";
        GoldenTest.Result check = fus("check", source);
        assertEquals(1, check.status());
        assertEquals(expected, check.err().lines().findFirst().orElse(""));
        GoldenTest.Result run = fus("run", source);
        assertEquals(expected, run.err().lines().findFirst().orElse(""));
        assertEquals("", run.out());
    }
}
