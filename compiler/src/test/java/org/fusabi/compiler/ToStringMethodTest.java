package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** {@code x.ToString()} on every value, as .NET's ToString shows it, and {@code x.ToString(format)} on numbers. */
class ToStringMethodTest {
    @Test
    void everyValueHasToString() {
        assertEquals("42 2.5 True Some(1) [1; 2] { X = 1 } C!\n", ScriptRun.output("""
                type P = { X: int }
                type C() =
                    override _.ToString() = "C!"
                let show xs = String.concat " " xs
                printfn "%s" (show [ (42).ToString(); (2.5).ToString(); true.ToString(); (Some 1).ToString()
                                     [1; 2].ToString(); { X = 1 }.ToString(); C().ToString() ])
                """));
    }

    /** Regression: %A of an object whose class overrides ToString printed its fields. */
    @Test
    void percentAShowsAClassesToString() {
        assertEquals("V<3> [V<1>; V<2>] Some V<6> (1, [|V<4>|])\n", ScriptRun.output("""
                type V(x: int) =
                    override _.ToString() = sprintf "V<%d>" x
                printfn "%A %A %s %A" (V 3) [V 1; V 2] (sprintf "%A" (Some (V 6))) (1, [| V 4 |])
                """));
    }

    @Test
    void aDottedPathEndingInToString() {
        assertEquals("5 3\n", ScriptRun.output("let s = \"hello\"\nprintfn \"%s %s\" (s.Length.ToString()) ([1; 2; 3].Length.ToString())\n"));
    }

    @Test
    void numbersTakeADotNetFormat() {
        assertEquals("3.14 1,234.6 00042 FF\n", ScriptRun.output("""
                let f (x: float) = x.ToString("N1")
                printfn "%s %s %s %s" ((3.14159).ToString("F2")) (f 1234.56) ((42).ToString("D5")) ((255).ToString("X"))
                """));
    }

    @Test
    void onlyNumbersTakeAFormat() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.check("let s = true.ToString(\"F2\")\n", StandardLibrary.create()));
        assertEquals("No overloads match for method 'ToString'. Known overloads: ToString(); ToString(format) is a number's.", e.getMessage());
    }
}
