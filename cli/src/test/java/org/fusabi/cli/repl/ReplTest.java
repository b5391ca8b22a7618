package org.fusabi.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Drives the REPL through its streams, as a user at a pipe would. */
class ReplTest {
    private String out;
    private String err;

    private void session(String input) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(o, true, StandardCharsets.UTF_8);
        new Repl(ps, new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(new StreamLineSource(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), ps));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsBindingsAsFSharpInteractiveDoes() {
        session("""
                let x = 3
                x + 1
                let f a = a * x
                printfn "hi %d" (f 2)
                let s = [1; 2] |> List.map string
                #quit
                let never = 0
                """);
        assertEquals("""
                Fusabi interactive: end an indented block with an empty line; #quit to leave.
                > let x = 3
                val x : int = 3
                > x + 1
                val it : int = 4
                > let f a = a * x
                val f : int -> int
                > printfn "hi %d" (f 2)
                hi 6
                val it : unit = ()
                > let s = [1; 2] |> List.map string
                val s : string list = ["1"; "2"]
                > #quit
                """, out);
        assertEquals("", err);
    }

    @Test
    void multiLineInputFollowsTheOffsideRule() {
        session("""
                let rec fact n =
                    if n <= 1 then 1
                    else n * fact (n - 1)

                type P = { X: int; Y: int }
                let p = { X = 1; Y = fact 4 }
                """);
        assertTrue(out.contains("""
                > let rec fact n =
                .     if n <= 1 then 1
                .     else n * fact (n - 1)
                .\s
                val fact : int -> int
                > type P = { X: int; Y: int }
                > let p = { X = 1; Y = fact 4 }
                val p : P = { X = 1
                              Y = 24 }
                """), out);
    }

    @Test
    void mistakesAreReportedAndForgotten() {
        session("""
                let a = 1
                let b = a + "x"
                let c = 10 / (a - 1)
                a
                """);
        assertEquals("""
                stdin:1:13: error: This expression was expected to have type 'int' but here has type 'string'
                let b = a + "x"
                            ^
                stdin:1:15: error: Attempted to divide by zero.
                  at <main> (stdin:1:15)
                """, err);
        assertFalse(out.contains("val b"), out);
        assertFalse(out.contains("val c"), out);
        assertTrue(out.endsWith("> a\nval it : int = 1\n> "), out);
    }
}
