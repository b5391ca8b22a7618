package org.fusabi.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fusabi.compiler.load.FileAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab in the REPL, asked of a session after some inputs, on partial lines as they are typed. */
class CompletionTest {
    @TempDir
    Path dir;

    private Repl repl;

    @BeforeEach
    void session() throws IOException {
        Files.writeString(dir.resolve("geometry.fsx"), "let pi = 3.0\nlet area r = pi * r * r\nlet private hidden = 0\n");
        String inputs = """
                type Point =
                    { X: int; Y: int }
                    member p.Sum = p.X + p.Y

                let origin = { X = 0; Y = 0 }
                type Shape =
                    | Circle of float
                    | Square of float
                    static member Unit = Square 1.0

                let word = "fusabi"
                let words = ["a"; "b"]
                type Line = { From: Point; To: Point }
                let line = { From = origin; To = { X = 1; Y = 2 } }
                module Inner =
                    let deep = 1
                    let deeper = 2

                #load "%s"
                open Inner
                """.formatted(dir.resolve("geometry.fsx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        repl = new Repl(ps, ps, FileAccess.FILE_SYSTEM);
        repl.run(new StreamLineSource(new ByteArrayInputStream(inputs.getBytes(StandardCharsets.UTF_8)), ps));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("val area: float -> float"), out.toString(StandardCharsets.UTF_8));
    }

    private List<String> complete(String line) {
        return repl.complete(line, line.length()).names();
    }

    @Test
    void namesInScope() {
        assertEquals(List.of("origin"), complete("ori"));
        assertEquals(List.of("word", "words"), complete("let n = String.length wor"));
        assertEquals(List.of("printf", "printfn"), complete("printf"));
        assertEquals(List.of("Inner"), complete("Inn"));
        assertEquals(List.of("deep", "deeper"), complete("dee"));
    }

    @Test
    void membersOfModules() {
        assertEquals(List.of("map", "map2", "map3", "mapFold", "mapFoldBack", "mapi", "mapi2"), complete("[1; 2] |> List.map"));
        assertEquals(List.of("deep", "deeper"), complete("Inner.d"));
        assertEquals(List.of("area"), complete("(Geometry.ar"));
        assertEquals(List.of("sqrt"), complete("System.Math.sq"));
    }

    @Test
    void casesAndStaticMembersOfATypeName() {
        assertEquals(List.of("Circle", "Square", "Unit"), complete("Shape."));
        assertEquals(List.of(), complete("Point."));
    }

    @Test
    void fieldsAndMembersOfAValueOfKnownType() {
        assertEquals(List.of("Sum", "X", "Y"), complete("origin."));
        assertEquals(List.of("Sum", "X", "Y"), complete("line.To."));
        assertEquals(List.of("Length"), complete("word.Len"));
        assertEquals(List.of("ToLower", "ToLowerInvariant"), complete("word.ToLow"));
        assertEquals(List.of("Head"), complete("words.He"));
    }

    @Test
    void directivesAtTheStartOfAnInput() {
        assertEquals(List.of("#help", "#load", "#quit", "#time"), complete("#"));
        assertEquals(List.of("#time"), complete("  #t"));
        assertEquals(List.of(), complete("x #t"));
    }

    /** The text replaced starts where the name being completed does, after the path before it. */
    @Test
    void candidatesReplaceTheNameBeingTyped() {
        Completion.Candidates c = repl.complete("[1] |> List.le", 14);
        assertEquals(12, c.from());
        assertEquals(List.of("length"), c.names());
        assertEquals(List.of("origin"), repl.complete("ori + 1", 3).names());
    }

    @Test
    void partialAndBrokenInputOffersNothingAndNeverThrows() {
        for (String line : new String[] {"printfn \"ori", "// ori", "(* List.", "(f x).Le", "xs.[0].", "1.", "[1 ..",
                "nothing.", "origin.Nope.", "Inner.deep.", "let x = ", "\"unclosed", "@\"", "'", "``a b``.", "List..m"}) {
            List<String> names = repl.complete(line, line.length()).names();
            if (line.equals("let x = ")) assertTrue(names.contains("origin"), line);
            else assertEquals(List.of(), names, line);
        }
        assertEquals(List.of("origin"), repl.complete("ori", 99).names());
        assertTrue(repl.complete("ori", -1).names().contains("word"));
    }
}
