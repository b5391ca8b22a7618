package org.fusabi.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fusabi.compiler.load.FileAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the REPL through its streams, as a user at a pipe would. */
class ReplTest {
    private String out;
    private String err;
    private int status;

    private static final String BANNER = Repl.BANNER + "\n";

    private void session(String input) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(o, true, StandardCharsets.UTF_8);
        status = new Repl(ps, new PrintStream(e, true, StandardCharsets.UTF_8), FileAccess.FILE_SYSTEM)
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
                Fusabi interactive: F# as dotnet fsi takes it. For help type #help;;
                > let x = 3
                val x: int = 3
                > x + 1
                val it: int = 4
                > let f a = a * x
                val f: int -> int
                > printfn "hi %d" (f 2)
                hi 6
                val it: unit = ()
                > let s = [1; 2] |> List.map string
                val s: string list = ["1"; "2"]
                > #quit
                """, out);
        assertEquals("", err);
        assertEquals(0, status);
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
                val fact: int -> int
                > type P = { X: int; Y: int }
                > let p = { X = 1; Y = fact 4 }
                val p: P = { X = 1
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
        assertTrue(out.endsWith("> a\nval it: int = 1\n> "), out);
    }

    /** Regression: what an earlier input wrote to stderr was written again by every later input's re-run. */
    @Test
    void earlierInputsWriteNothingAgain() {
        session("""
                eprintfn "to stderr"
                printfn "to stdout"
                1
                """);
        assertEquals("to stderr\n", err);
        assertEquals(BANNER + """
                > eprintfn "to stderr"
                val it: unit = ()
                > printfn "to stdout"
                to stdout
                val it: unit = ()
                > 1
                val it: int = 1
                >\s""", out);
    }

    /** The capabilities a re-run cannot repeat: the environment, and exit, which ends the session with its status. */
    @Test
    void inputsMayReadTheEnvironmentAndExit() {
        session("""
                let path = System.Environment.GetEnvironmentVariable "PATH"
                isNull path
                System.IO.File.Exists "x"
                exit 3
                1
                """);
        assertEquals(3, status);
        assertTrue(out.endsWith("> isNull path\nval it: bool = false\n> System.IO.File.Exists \"x\"\n> exit 3\n"), out);
        assertEquals("""
                stdin:1:1: error: System.IO.File is not available: this host does not grant file access
                System.IO.File.Exists "x"
                ^
                """, err);
    }

    @Test
    void doubleSemicolonEndsAnInputAsInFsharpInteractive() {
        session("""
                let y = 5;;
                let a = 1;; let b = a + 1;;
                let twice x =
                    x * 2;;
                twice b
                printfn "%s" "a;;b";; // a ;; in a string or a comment ends nothing
                #quit;;
                """);
        assertEquals(BANNER + """
                > let y = 5;;
                val y: int = 5
                > let a = 1;; let b = a + 1;;
                val a: int = 1
                val b: int = 2
                > let twice x =
                .     x * 2;;
                val twice: int -> int
                > twice b
                val it: int = 4
                > printfn "%s" "a;;b";; // a ;; in a string or a comment ends nothing
                a;;b
                val it: unit = ()
                > #quit;;
                """, out);
        assertEquals("", err);
    }

    @Test
    void helpListsTheDirectives() {
        session("#help;;\n");
        assertEquals(BANNER + """
                > #help;;

                  F# Interactive directives:

                    #load "file.fsx" ...;;                        // Load the given file(s) as if compiled and referenced
                    #time ["on"|"off"];;                          // Toggle timing on/off
                    #help;;                                       // Display help
                    #quit;;                                       // Exit

                  An input ends with ;; or, after a line that cannot end a declaration (ending with =, ->, an open
                  bracket...), with an empty line. Tab completes names in scope, members after a dot, and directives.

                >\s""", out);
    }

    @Test
    void timeReportsEachInputLikeFsharpInteractive() {
        session("""
                #time "on"
                let n = List.sum [1 .. 10]
                #time "off";;
                n
                #time;;
                n + 1
                """);
        String masked = out.replaceAll("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d", "00:00:00.000").replaceAll("gen(\\d): \\d+", "gen$1: 0");
        assertEquals(BANNER + """
                > #time "on"

                --> Timing now on

                > let n = List.sum [1 .. 10]
                Real: 00:00:00.000, CPU: 00:00:00.000, GC gen0: 0, gen1: 0, gen2: 0
                val n: int = 55
                > #time "off";;

                --> Timing now off

                > n
                val it: int = 55
                > #time;;

                --> Timing now on

                > n + 1
                Real: 00:00:00.000, CPU: 00:00:00.000, GC gen0: 0, gen1: 0, gen2: 0
                val it: int = 56
                >\s""", masked);
        assertEquals("", err);
    }

    @Test
    void directivesAreCheckedAndMistakesForgotten() {
        session("""
                #time "maybe"
                #time "on" 3
                #r "x.dll"
                #quit "now"
                1
                """);
        assertEquals("""
                stdin:1:1: error: invalid directive '#time "maybe"': #time takes "on", "off" or nothing
                #time "maybe"
                ^
                stdin:1:12: error: expected a string in quotes or the end of the line after #time but found '3'
                #time "on" 3
                           ^
                stdin:1:1: error: #r (referencing assemblies and NuGet packages) is not supported by Fusabi
                #r "x.dll"
                ^
                stdin:1:7: error: #quit takes no arguments
                #quit "now"
                      ^
                """, err);
        assertTrue(out.endsWith("> 1\nval it: int = 1\n> "), out);
    }

    @Test
    void loadMakesAModuleOfEachFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("geometry.fsx"), "let pi = 3.0\nlet area r = pi * r * r\n");
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/shapes.fsx"), "#load \"../geometry.fsx\"\nlet square (s: float) = s * s\nlet bad () = 1 / 0\n");
        session("#load \"" + dir.resolve("lib/shapes.fsx") + "\";;\n"
                + "Shapes.square (Geometry.area 1.0)\n"
                + "open Geometry\n"
                + "area 2.0\n"
                + "Shapes.bad ()\n"
                + "#load \"" + dir.resolve("none.fsx") + "\"\n");
        String shown = out.replace(dir.toString(), "DIR").replace(dir.toRealPath().toString(), "DIR");
        assertEquals(BANNER + """
                > #load "DIR/lib/shapes.fsx";;
                [Loading DIR/geometry.fsx
                 Loading DIR/lib/shapes.fsx]
                module Geometry =
                  val pi: float = 3.0
                  val area: float -> float
                module Shapes =
                  val square: float -> float
                  val bad: unit -> int
                > Shapes.square (Geometry.area 1.0)
                val it: float = 9.0
                > open Geometry
                > area 2.0
                val it: float = 12.0
                > Shapes.bad ()
                > #load "DIR/none.fsx"
                >\s""", shown);
        assertEquals("""
                DIR/lib/shapes.fsx:3:16: error: Attempted to divide by zero.
                  at bad (DIR/lib/shapes.fsx:3:16)
                  at <main> (stdin:1:1)
                stdin:1:7: error: could not load 'DIR/none.fsx': no such file
                #load "DIR/none.fsx"
                      ^
                """, err.replace(dir.toString(), "DIR"));
    }
}
