package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Enums: their cases, conversions, operators, text and System.Type (examples/enums.fsx shows more). */
class EnumTest {
    @Test
    void casesAreQualifiedValuesOfTheirOwnTypeInModulesToo() {
        assertEquals("Low 2 true\n", ScriptRun.output("""
                module Levels =
                    type Level =
                        | Low = 2
                        | High = 9
                let lowest (xs: Levels.Level list) = List.min xs
                let l = lowest [ Levels.Level.High; Levels.Level.Low ]
                printfn "%A %d %b" l (int l) (l <> Levels.Level.High)
                """));
    }

    @Test
    void aFlagsEnumShowsACombinationByItsCasesAndAnyOtherValueByItsNumber() {
        assertEquals("A, C|7|B|0\n", ScriptRun.output("""
                [<System.Flags>]
                type F = A = 1 | B = 2 | C = 4
                type P = X = 1 | Y = 2
                printfn "%O|%A|%s|%A" (F.A ||| F.C) (P.X ||| P.Y ||| enum<P> 4) (string (F.B ^^^ F.A ^^^ F.A)) (F.A &&& F.B)
                """));
    }

    @Test
    void misuseIsAnError() {
        assertEquals("1:24 This is not a valid value for an enumeration literal: an enum's cases are integers",
                ScriptRun.error("type Color = Red = 0 | Green = 1.5"));
        assertEquals("2:9 The type 'int' is not an enum type declared by the script",
                ScriptRun.error("type Color = Red = 0 | Green = 1\nlet x = enum<int> 3"));
        assertEquals("2:9 The type 'Color' does not support the operator '+'",
                ScriptRun.error("type Color = Red = 0 | Green = 1\nlet x = Color.Red + Color.Green"));
        assertEquals("2:23 This expression was expected to have type 'Color' but here has type 'int'",
                ScriptRun.error("type Color = Red = 0 | Green = 1\nlet x = Color.Red ||| 1"));
    }

    @Test
    void systemEnumsStaticsOverADeclaredEnum() {
        assertEquals("""
                [|"Red"; "Green"; "Blue"|]
                Red Green Blue [Red; Green; Blue]
                Green true false
                Requested value 'Purple' was not found.
                """, ScriptRun.output("""
                open System
                type Color = Blue = 4 | Red = 1 | Green = 2
                printfn "%A" (Enum.GetNames(typeof<Color>))
                for v in Enum.GetValues(typeof<Color>) do printf "%A " v
                printfn "%A" (Enum.GetValues(typeof<Color>) |> Seq.cast<Color> |> List.ofSeq)
                let c = Enum.Parse(typeof<Color>, "Green") :?> Color
                printfn "%A %b %b" c (Enum.IsDefined(typeof<Color>, 4)) (Enum.IsDefined(typeof<Color>, "Purple"))
                try Enum.Parse(typeof<Color>, "Purple") |> ignore with :? ArgumentException as e -> printfn "%s" e.Message
                """));
    }

    @Test
    void enumCasesArePatterns() {
        assertEquals("[\"red\"; \"green\"; \"other\"] mon\n", ScriptRun.output("""
                type Color = Red = 1 | Green = 2
                let name c =
                    match c with
                    | Color.Red -> "red"
                    | Color.Green -> "green"
                    | _ -> "other"
                let day = match System.DayOfWeek.Monday with System.DayOfWeek.Sunday -> "sun" | System.DayOfWeek.Monday -> "mon" | _ -> "?"
                printfn "%A %s" ([Color.Red; Color.Green; enum<Color> 7] |> List.map name) day
                """));
    }

    /** Regression: int as a function over enums (List.sumBy int) refused the enum its argument turned out to be. */
    @Test
    void conversionsAsFunctionsTakeEnums() {
        assertEquals("3 [1.0; 2.0]\n", ScriptRun.output("""
                type Color = Red = 1 | Green = 2
                printfn "%d %A" ([Color.Red; Color.Green] |> List.sumBy int) (List.map float [Color.Red; Color.Green])
                """));
    }
}
