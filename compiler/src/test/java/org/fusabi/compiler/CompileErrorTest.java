package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.compiler.ast.Pos;
import org.junit.jupiter.api.Test;

class CompileErrorTest {
    @Test
    void aShortLineIsQuotedWhole() {
        assertEquals("f.fsx:1:5: error: boom\nlet x\n    ^", new CompileError(new Pos(1, 5), "boom").render("f.fsx", "let x\n"));
    }

    /** Regression: an error in a 50 MB line quoted all of it, and a caret line as long. */
    @Test
    void ofALongLineOnlyThePartAroundTheColumnIsQuoted() {
        String line = "x".repeat(1000) + "!" + "y".repeat(1000);
        String shown = new CompileError(new Pos(1, 1001), "boom").render("f.fsx", line);
        assertEquals("f.fsx:1:1001: error: boom\n..." + "x".repeat(50) + "!" + "y".repeat(49) + "...\n" + " ".repeat(53) + "^", shown);
        String start = new CompileError(new Pos(1, 2), "boom").render("f.fsx", line);
        assertEquals("f.fsx:1:2: error: boom\n" + "x".repeat(100) + "...\n ^", start);
    }

    @Test
    void controlCharactersAreEscapedAndTheCaretStillPointsAtTheColumn() {
        assertEquals("f.fsx:1:4: error: unexpected '\\u0007'\n\\u0000\\u0001 x\n             ^",
                new CompileError(new Pos(1, 4), "unexpected '\u0007'").render("f.fsx", "\u0000\u0001 x"));
    }

    @Test
    void anErrorAboutTheWholeScriptHasNoPlace() {
        assertEquals("f.fsx: error: too deep", new CompileError(Pos.NONE, "too deep").render("f.fsx", "let x = 1"));
    }
}
