package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.image.Disassembler;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** A {@code let mutable} local that a closure captures lives in a cell, and only such a local. */
class CapturedMutableTest {
    private static String listing(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Disassembler.print(Compiler.compile("t.fsx", source), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int count(String listing, String opcode) {
        Matcher m = Pattern.compile("\\t" + opcode + "\\s").matcher(listing);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void checkingAgreesWithCompiling() {
        String program = "let f () =\n    let mutable n = 0\n    fun () -> n <- n + 1; n\n";
        Compiler.check(program, StandardLibrary.create());
        Compiler.compileToBytes("t.fsx", program, StandardLibrary.create());
    }

    @Test
    void onlyCapturedMutablesGetCells() {
        String out = listing("""
                let f () =
                    let mutable kept = 0
                    let mutable captured = 0
                    for i in 1 .. 3 do kept <- kept + i
                    let bump () = captured <- captured + 1
                    bump ()
                    captured + kept
                printfn "%d" (f ())
                """);
        assertEquals(1, count(out, "CELLP"), out);
        assertEquals(0, count(out, "CELLR"), out);
    }

    @Test
    void aCapturedIntIsAssignedWithoutBoxing() {
        String out = listing("""
                let f () =
                    let mutable total = 0
                    let add k = total <- total + k
                    add 1
                    total
                """);
        String add = out.substring(out.indexOf(" add ("));
        assertEquals(1, count(add, "SETCP"), add);
        assertFalse(add.contains("BOXI"), add);
    }

    @Test
    void aCapturedReferenceUsesTheReferenceSlotOfItsCell() {
        String out = listing("""
                let f () =
                    let mutable names = []
                    let add s = names <- s :: names
                    add "a"
                    names
                """);
        assertEquals(1, count(out, "CELLR"), out);
        assertEquals(1, count(out, "SETCR"), out);
    }
}
