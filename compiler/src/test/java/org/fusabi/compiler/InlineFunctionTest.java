package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code let inline}: each use is typed on its own, so one inline function serves ints, floats and decimals. */
class InlineFunctionTest {
    @Test
    void eachUseHasItsOwnTypes() {
        assertEquals("9 2.25 0.25 [1; 4] 6.0\n", ScriptRun.output("""
                let inline square x = x * x
                let inline (+++) a b = a + b + b
                printfn "%d %.2f %M %A %.1f" (square 3) (square 1.5) (square 0.5m) (List.map square [1; 2]) (2.0 +++ 2.0)
                """));
    }

    @Test
    void aModulesInlineFunctionToo() {
        assertEquals("18 4.5\n", ScriptRun.output("""
                module M =
                    let inline sum3 x y z = x + y + z
                    let inline twice f x = f (f x)
                printfn "%d %.1f" (M.twice (M.sum3 1 2) 12) (M.sum3 1.5 1.5 1.5)
                """));
    }

    @Test
    void genericZeroAndOneTakeEachUsesNumericType() {
        assertEquals("6 3.0 1.5M 24 2 0\n", ScriptRun.output("""
                let inline sumBy f xs = xs |> List.fold (fun acc x -> acc + f x) LanguagePrimitives.GenericZero
                let inline product xs = List.fold (*) LanguagePrimitives.GenericOne xs
                let z = LanguagePrimitives.GenericZero
                printfn "%d %.1f %A %d %g %d" (sumBy id [1; 2; 3]) (sumBy (fun t -> t * 2.0) [1.5]) (sumBy id [1.5m]) (product [2; 3; 4]) (product [0.5; 4.0]) z
                """));
    }
}
