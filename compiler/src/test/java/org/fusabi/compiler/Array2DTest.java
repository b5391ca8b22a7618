package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rectangular arrays: the Array2D module, a.[i, j] and its assignment, int[,] annotations, %A as F# lays them out. */
class Array2DTest {
    @Test
    void builtIndexedAndPrinted() {
        assertEquals("""
                [[0; 1; 2]
                 [3; 4; 5]]
                5 2 3 6
                ...
                .#.
                [["00"; "01"]
                 ["10"; "11"]] 42
                Index was outside the bounds of the array.
                """, ScriptRun.output("""
                let arr = Array2D.init 2 3 (fun i j -> i * 3 + j)
                printfn "%A" arr
                printfn "%d %d %d %d" arr.[1, 2] (Array2D.length1 arr) (arr.GetLength 1) arr.Length
                let grid = Array2D.create 2 3 '.'
                grid.[1, 1] <- '#'
                for i in 0 .. Array2D.length1 grid - 1 do
                    for j in 0 .. Array2D.length2 grid - 1 do
                        printf "%c" grid.[i, j]
                    printfn ""
                let total (g: int[,]) =
                    let mutable s = 0
                    Array2D.iteri (fun i j x -> s <- s + x) g
                    s
                printfn "%A %d" (Array2D.init 2 2 (fun i j -> sprintf "%d%d" i j)) (total (Array2D.map (fun x -> x * 2) arr) + 12)
                try arr.[2, 0] |> ignore with :? System.IndexOutOfRangeException as e -> printfn "%s" e.Message
                """));
    }

    @Test
    void zeroCreateFillsWithTheZeroOfItsNumericElementType() {
        assertEquals("4\n[[1.5; 0.0]\n [0.0; 0.0]]\n", ScriptRun.output("""
                let lcs (a: string) (b: string) =
                    let dp = Array2D.zeroCreate (a.Length + 1) (b.Length + 1)
                    for i in 1 .. a.Length do
                        for j in 1 .. b.Length do
                            dp.[i, j] <- if a.[i - 1] = b.[j - 1] then dp.[i - 1, j - 1] + 1 else max dp.[i - 1, j] dp.[i, j - 1]
                    dp.[a.Length, b.Length]
                printfn "%d" (lcs "ABCBDAB" "BDCABA")
                let g : float[,] = Array2D.zeroCreate 2 2
                g.[0, 0] <- 1.5
                printfn "%A" g
                """));
    }
}
