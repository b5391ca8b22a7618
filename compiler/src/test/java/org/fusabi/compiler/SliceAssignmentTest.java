package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code xs.[a..b] <- ys}: an array's slice set from another array's first elements, as FSharp.Core's SetArraySlice. */
class SliceAssignmentTest {
    @Test
    void theRangeIsFilledFromTheSourcesFirstElements() {
        assertEquals("""
                [|7; 9; 8; 6|]
                [|0.5; 0.25|]
                Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')
                """, ScriptRun.output("""
                let a = [| 1; 2; 3; 4 |]
                a.[1..2] <- [| 9; 8 |]
                a.[..0] <- [| 7 |]
                a.[3..] <- [| 6; 5 |]
                printfn "%A" a
                let f = [| 1.5; 2.5 |]
                f.[*] <- [| 0.5; 0.25 |]
                printfn "%A" f
                try a.[2..5] <- [| 1; 2; 3; 4 |] with :? System.ArgumentException as e -> printfn "%s" (e.Message.Split('\\n').[0])
                """));
    }

    @Test
    void onlyArraysChange() {
        assertEquals("2:1 The type 'string' does not support assigning to a slice: only arrays do",
                ScriptRun.error("let s = \"abc\"\ns.[0..1] <- \"xy\""));
        assertEquals("2:1 The type 'int list' does not support assigning to a slice: only arrays do",
                ScriptRun.error("let l = [1; 2]\nl.[0..1] <- [3; 4]"));
    }
}
