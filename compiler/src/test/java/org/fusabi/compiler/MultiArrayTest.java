package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Rectangular arrays beyond Array2DTest: slices with ranges and fixed indices (read and assigned), lower bounds
 * other than 0, Array3D and Array4D, System.Array.CreateInstance, zeroCreate of any element type.
 */
class MultiArrayTest {
    @Test
    void slicedBasedAndOfHigherRank() {
        assertEquals("""
                [|10; 11; 12; 13|]
                [|2; 12; 22|]
                [[12; 13]
                 [22; 23]]
                [[0; 1]
                 [10; 11]]
                []
                [[0; 100; 200; 3]
                 [-1; -1; 12; 13]
                 [-1; -1; 22; 23]]
                [bound1=5
                 bound2=4
                 [(5, 4); (5, 5)]
                 [(6, 4); (6, 5)]]
                5 4 [|(6, 4); (6, 5)|]
                [|(6, 4); (6, 5)|]
                123 4 [|120; 121; 122; 123|]
                [|0; 100|]
                [[0; 1; 2; 3]
                 [10; 11; 12; 13]
                 [20; 21; 22; 23]]
                [|1.5; 2.5|] 1.5 4
                [|0; 7|] 2
                x
                [[42]]
                (1, "a")
                """, ScriptRun.output("""
                let a = Array2D.init 3 4 (fun i j -> i * 10 + j)
                printfn "%A" a.[1, *]
                printfn "%A" a.[*, 2]
                printfn "%A" a.[1..2, 2..]
                printfn "%A" a[..1, ..1]
                printfn "%A" a.[5.., *]
                a.[0, 1..2] <- [| 100; 200 |]
                a.[1.., ..1] <- Array2D.create 2 2 -1
                printfn "%A" a
                let b = Array2D.initBased 5 4 2 2 (fun i j -> (i, j))
                printfn "%A" b
                printfn "%d %d %A" (b.GetLowerBound 0) (Array2D.base2 b) b.[6, *]
                printfn "%A" b.[*, *].[1, *]
                let c = Array3D.init 2 3 4 (fun i j k -> i * 100 + j * 10 + k)
                printfn "%d %d %A" c.[1, 2, 3] (Array3D.length3 c) c.[1, 2, *]
                printfn "%A" c.[*, 0, 0]
                printfn "%A" c.[0, *, *]
                let d = Array4D.create 2 2 2 2 1.5
                d.[1, 1, 1, 1] <- 2.5
                printfn "%A %g %d" d.[1, 1, 1, *] (Array4D.get d 0 0 0 0) d.Rank
                let e = System.Array.CreateInstance(typeof<int>, [| 2; 2; 2 |], [| 1; 1; 1 |]) :?> int[,,]
                e.[2, 2, 2] <- 7
                printfn "%A %d" e.[2, 2, *] (e.GetUpperBound 2)
                let f () =
                    let f = Array2D.zeroCreate 2 2
                    f.[0, 0] <- "x"
                    f.[0, 0]
                printfn "%s" (f ())
                module M =
                    module Array2D =
                        let twice x = x * 2
                        let g = Array2D.create 1 1 (twice 21)
                printfn "%A" M.Array2D.g
                let h () =
                    let h = Array.zeroCreate 2
                    h.[0] <- (1, "a")
                    h.[0]
                printfn "%A" (h ())
                """));
    }

    @Test
    void aSliceNeedsOneRangeOrIndexPerDimension() {
        assertEquals("2:9 This slice has 1 dimension but the array has rank 2",
                ScriptRun.error("let a = Array2D.create 2 2 0\nlet b = a.[1..]"));
        assertEquals("2:9 This slice has 3 dimensions but the array has rank 2",
                ScriptRun.error("let a = Array2D.create 2 2 0\nlet b = a.[1.., *, 0]"));
    }

    @Test
    void blitChecksItsRangesAsFSharpCoreDoes() {
        assertEquals("""
                [[0; 0; 0]
                 [0; 1; 1]]
                The index is outside the legal range.
                count1 = 3, source axis-0 end index = 3 source axis-0 upper bound = 2 (Parameter 'count1')
                """, ScriptRun.output("""
                let a = Array2D.create 2 3 0
                Array2D.blit (Array2D.create 2 2 1) 0 0 a 1 1 1 2
                printfn "%A" a
                try Array2D.blit a 0 0 a 0 0 3 1 with :? System.ArgumentException as e -> printfn "%s" e.Message
                """));
    }

    @Test
    void zeroCreateFillsWithTheDefaultOfAnyElementType() {
        assertEquals("""
                ([["x"; <null>]
                  [<null>; <null>]], [|(1, "a"); <null>|], [[false; false]], [|rank=3|],
                 [[0.0f]])
                """, ScriptRun.output("""
                let f () =
                    let a = Array2D.zeroCreate 2 2
                    a.[0, 0] <- "x"
                    let b = Array.zeroCreate 2
                    b.[0] <- (1, "a")
                    let c : bool[,] = Array2D.zeroCreate 1 2
                    let d : char[,,] = Array3D.zeroCreate 1 1 1
                    let e : float32[,] = Array2D.zeroCreate 1 1
                    a, b, c, d, e
                printfn "%A" (f ())
                """));
    }
}
