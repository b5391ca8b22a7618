package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Units of measure are erased: declared units, numbers and numeric types with units run and print as plain numbers. */
class UnitsOfMeasureTest {
    @Test
    void physicsRunsOnThePlainNumbers() {
        assertEquals("""
                19.620000
                5.0
                19.62
                29.43 true
                3.5
                [1.0; 2.0]
                4.0 6.0
                [|1; 2|]
                19.62
                """, ScriptRun.output("""
                [<Measure>] type m
                [<Measure>] type s
                [<Measure>] type kg
                [<Measure>] type N = kg m / s^2

                let g = 9.81<m/s^2>
                let fall (t: float<s>) : float<m> = 0.5 * g * t * t
                let d = fall 2.0<s>
                printfn "%f" d
                printfn "%A" 5.0<m>
                printfn "%A" d
                let mass = 3.0<kg>
                let force : float<N> = mass * g
                printfn "%A %b" force (force > 10.0<N>)
                let speeds = [ 1.0<m/s>; 2.5<m/s> ]
                printfn "%A" (List.sum speeds)
                printfn "%A" [1.0<m>; 2.0<m>]
                let freq = 2.0<1/s>
                let twice (x: float<'u>) : float<'u> = x + x
                printfn "%A %A" (twice freq) (twice 3.0<m>)
                let lengths: int<m>[] = [| 1<m>; 2<m> |]
                printfn "%A" lengths
                let plain = float d
                printfn "%g" (plain * 1.0<m>)
                """));
    }

    @Test
    void aTypeWithAUnitParameterIsGenericInAnUnusedParameter() {
        assertEquals("""
                A 3
                B "b"
                """, ScriptRun.output("""
                [<Measure>] type m
                type T<[<Measure>] 'u, 'a> = A of int<'u> | B of 'a
                let a : T<m, string> = A 3<m>
                printfn "%A" a
                printfn "%A" (B "b" : T<m, string>)
                """));
    }

    @Test
    void languagePrimitivesGiveANumberAUnit() {
        assertEquals("4.0 3 2.0M\n", ScriptRun.output("""
                [<Measure>] type m
                let x : float<m> = LanguagePrimitives.FloatWithMeasure 2.5
                let z : int<m> = LanguagePrimitives.Int32WithMeasure 3
                printfn "%A %A %A" (x + LanguagePrimitives.FloatWithMeasure 1.5) z (LanguagePrimitives.DecimalWithMeasure 2.0M)
                """));
    }

    @Test
    void anUnclosedUnitIsAnErrorAtItsBracket() {
        CompileError e = assertThrows(CompileError.class, () -> Parser.parseProgram("let x = 5.0<m"));
        assertEquals("1:12 unit of measure '<' is not closed by '>'", e.pos() + " " + e.getMessage());
    }
}
