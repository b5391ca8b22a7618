package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The null literal and pattern, for the types that have null as a proper value, and how null prints. */
class NullTest {
    @Test
    void nullIsAValueOfReferenceTypesAndPrintsAsFSharpPrintsIt() {
        assertEquals("true <null> [] [<null>] []\ntrue true\n[<null>; \"x\"]\n", ScriptRun.output("""
                let s : string = null
                printfn "%b %A [%s] [%O] [%s]" (isNull s) s s s (string s)
                let d : System.Text.StringBuilder = null
                let a : int[] = null
                printfn "%b %b" (isNull d) (isNull a)
                printfn "%A" [ null; "x" ]
                """));
    }

    @Test
    void theNullPatternMatchesNull() {
        assertEquals("none a\n", ScriptRun.output("""
                let describe (x: string) = match x with null -> "none" | s -> s
                printfn "%s %s" (describe null) (describe "a")
                """));
    }

    @Test
    void typesWithoutNullRejectIt() {
        assertEquals("1:15 The type 'int' does not have 'null' as a proper value", ScriptRun.error("let x : int = null"));
        assertEquals("1:36 The type 'int list' does not have 'null' as a proper value",
                ScriptRun.error("let f (x: int list) = match x with null -> 1 | _ -> 2"));
        assertEquals("2:36 The type 'P' does not have 'null' as a proper value",
                ScriptRun.error("type P = { X: int }\nlet p : P = if true then null else { X = 1 }"));
    }
}
