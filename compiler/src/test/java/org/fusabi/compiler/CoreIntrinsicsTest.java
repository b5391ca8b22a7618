package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** FSharp.Core's capitalised curried functions (PhysicalEquality, RangeInt32) and upcasts of collections to seq. */
class CoreIntrinsicsTest {
    @Test
    void physicalEqualityComparesReferences() {
        assertEquals("true false true\n", ScriptRun.output("""
                let arr = [| 1 |]
                printfn "%b %b %b" (LanguagePrimitives.PhysicalEquality arr arr) (LanguagePrimitives.PhysicalEquality arr [| 1 |]) (arr = [| 1 |])
                """));
    }

    @Test
    void rangeInt32IsASteppedRange() {
        assertEquals("[1; 3; 5] []\n", ScriptRun.output("""
                printfn "%A %A" (List.ofSeq (OperatorIntrinsics.RangeInt32 1 2 6)) (List.ofSeq (OperatorIntrinsics.RangeInt32 0 1 -1))
                """));
    }

    @Test
    void collectionsUpcastToSeq() {
        assertEquals("[0; 1; 2] 2 \"x\"\n", ScriptRun.output("""
                let s = Seq.cache (seq { for i in 0 .. 2 -> i }) :> seq<_>
                let l = [1; 2] :> seq<int>
                let a = [| "x" |] :> seq<_>
                printfn "%A %d %A" (Seq.toList s) (Seq.length l) (Seq.head a)
                """));
    }
}
