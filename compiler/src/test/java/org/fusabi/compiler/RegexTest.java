package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** System.Text.RegularExpressions as scripts use it, with .NET's substitutions, splitting and match objects. */
class RegexTest {
    @Test
    void matchesAndGroupsAreReadByNumberAndName() {
        assertEquals("""
                2024-05-01 2024 01 4 true
                2024 2024
                66 2024 05 01 67\s
                false "" 0
                ["Hello"; "World"] 2
                """, ScriptRun.output("""
                open System.Text.RegularExpressions
                let text = "Order 66 shipped on 2024-05-01, order 67 on 2024-06-15"
                let m = Regex.Match(text, @"(?<year>\\d{4})-(\\d{2})-(\\d{2})")
                printfn "%s %s %s %d %b" m.Value m.Groups.["year"].Value m.Groups.[2].Value m.Groups.Count m.Success
                printfn "%s %s" m.Groups.[3].Value (m.NextMatch().Groups.[3].Value)
                for n in Regex.Matches(text, @"\\d+") |> Seq.truncate 5 do printf "%s " n.Value
                printfn ""
                let none = Regex.Match("abc", @"\\d")
                printfn "%b %A %d" none.Success none.Value none.Index
                let r = Regex(@"[a-z]+", RegexOptions.IgnoreCase ||| RegexOptions.Multiline)
                printfn "%A %d" [ for w in r.Matches("Hello World") -> w.Value ] (r.Matches("a b").Count)
                """));
    }

    @Test
    void replaceUsesDotNetSubstitutionsOrAFunctionOfTheMatch() {
        assertEquals("""
                05/05/2024 and $ and [2024-05-01]
                A-B-C
                x1y22z
                """, ScriptRun.output("""
                open System.Text.RegularExpressions
                printfn "%s" (Regex.Replace("2024-05-01", @"(\\d+)-(?<m>\\d+)-(\\d+)", "$3/${m}/$1 and $$ and [$&]"))
                printfn "%s" (Regex.Replace("a-b-c", "[a-z]", fun m -> m.Value.ToUpper()))
                printfn "%s" (Regex("[0-9]+").Replace("x1y22z", fun m -> m.Value))
                """));
    }

    @Test
    void splitKeepsCapturedSeparatorsAndEscapeQuotesMetacharacters() {
        assertEquals("""
                [|"a"; "b"; "c"; ""|]
                [|"a"; "1"; "b"; "22"; "c"|]
                a\\.b\\*\\ c true
                """, ScriptRun.output("""
                open System.Text.RegularExpressions
                printfn "%A" (Regex.Split("a1b22c3", @"\\d+"))
                printfn "%A" (Regex.Split("a1b22c", @"(\\d+)"))
                printfn "%s %b" (Regex.Escape "a.b* c") (Regex.IsMatch("a.b* c", Regex.Escape "a.b* c"))
                """));
    }

    @Test
    void aBadPatternIsDotNetsArgumentException() {
        assertEquals("ArgumentException\n", ScriptRun.output("""
                try System.Text.RegularExpressions.Regex.IsMatch("x", "(") |> ignore
                with :? System.ArgumentException -> printfn "ArgumentException"
                """));
    }

    @Test
    void matchesAreCastToMatchesBySeqCast() {
        assertEquals("[1; 22; 333]\n", ScriptRun.output("""
                open System.Text.RegularExpressions
                Regex.Matches("a1 b22 c333", @"\\d+") |> Seq.cast<Match> |> Seq.map (fun m -> int m.Value) |> Seq.toList |> printfn "%A"
                """));
    }
}
