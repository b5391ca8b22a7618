package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** System.Array's statics on F# arrays, boxed and unboxed: in place, by .NET's default order and equality. */
class ArrayMethodsTest {
    @Test
    void sortReverseAndCopyInPlace() {
        assertEquals("""
                [|"a"; "A"; "b"; "c"|]
                [|1.0; 2.5|]
                [|9; 5; 3; 1|]
                [|9; 5; 0; 0; 3; 1|]
                """, ScriptRun.output("""
                let words = [| "b"; "A"; "a"; "c" |]
                System.Array.Sort words
                let fl = [| 2.5; 1.0 |]
                System.Array.Sort fl
                let nums = [| 5; 3; 9; 1 |]
                System.Array.Sort nums
                System.Array.Reverse nums
                let dst = Array.zeroCreate<int> 6
                System.Array.Copy(nums, dst, 2)
                System.Array.Copy(nums, 2, dst, 4, 2)
                printfn "%A\\n%A\\n%A\\n%A" words fl nums dst
                """));
    }

    @Test
    void searches() {
        assertEquals("2 2 -3 -1 true false 1 1 2 3 \n", ScriptRun.output("""
                let nums = [| 1; 3; 5; 9 |]
                printf "%d %d %d %d " (System.Array.IndexOf(nums, 5)) (System.Array.BinarySearch(nums, 5)) (System.Array.BinarySearch(nums, 4)) (System.Array.IndexOf(nums, 7))
                printf "%b %b %d " (System.Array.Exists(nums, fun x -> x > 8)) (System.Array.TrueForAll(nums, fun x -> x > 1)) (System.Array.FindIndex(nums, fun x -> x > 2))
                System.Array.ForEach([| 1; 2; 3 |], fun x -> printf "%d " x)
                printfn ""
                """));
    }

    @Test
    void arrayParallelRunsItsFunctionsInOrder() {
        assertEquals("[|2; 4; 6|] [|0; 1; 4|] [|2|] 1 2 3 \n", ScriptRun.output("""
                printf "%A %A %A " (Array.Parallel.map (fun x -> x * 2) [| 1; 2; 3 |]) (Array.Parallel.init 3 (fun i -> i * i)) (Array.Parallel.choose (fun x -> if x > 1 then Some x else None) [| 1; 2 |])
                Array.Parallel.iter (printf "%d ") [| 1; 2; 3 |]
                printfn ""
                """));
    }
}
