package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unchecked.defaultof of a [<Struct>] type is the struct with every field zeroed, as .NET's default of a value type. */
class StructDefaultTest {
    @Test
    void fieldsAreZeroedNotNull() {
        assertEquals("""
                0 true 0
                27
                { A = 0
                  B = false }
                """, ScriptRun.output("""
                [<Struct>]
                type P =
                    val mutable X : int
                    val mutable Name : string
                    val mutable Scale : float
                let p = Unchecked.defaultof<P>
                printfn "%d %b %g" p.X (isNull p.Name) p.Scale
                let cells = Array2D.create 2 2 Unchecked.defaultof<P>
                cells.[0, 1].X <- 27
                printfn "%d" cells.[0, 1].X
                [<Struct>]
                type Pair = { A: int; B: bool }
                printfn "%A" Unchecked.defaultof<Pair>
                """));
    }
}
