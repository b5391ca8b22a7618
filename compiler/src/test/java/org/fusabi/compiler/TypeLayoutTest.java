package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where F# lets the parts of a type definition go on their lines. */
class TypeLayoutTest {
    @Test
    void aUnionsCasesAtTheColumnOfItsNameOnALineOfItsOwn() {
        assertEquals("V 2\n", ScriptRun.output("""
                type A =
                    { x: int }

                and
                    [<NoEquality>]
                    B<'T> =
                    | D of int
                    | V of int

                printfn "%A" (V 2)
                """));
    }

    @Test
    void anArrayTypeMayHaveASpaceBeforeItsBrackets() {
        assertEquals("[|\"1\"; \"2\"|]\n", ScriptRun.output("""
                let f (xs: int []) : string [] = Array.map string xs
                printfn "%A" (f [| 1; 2 |])
                """));
    }
}
