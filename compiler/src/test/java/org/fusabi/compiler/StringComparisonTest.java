package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** String order as F# and .NET give it: compare is String.CompareOrdinal; StringComparison picks the others. */
class StringComparisonTest {
    /** Regression: compare of strings was the sign only; F#'s is CompareOrdinal's difference. */
    @Test
    void compareIsOrdinalWithItsDifference() {
        assertEquals("31 1 -2 -2 true\n", ScriptRun.output("""
                printfn "%d %d %d %d %b" (compare "a" "B") (compare "abc" "ab") (compare ("a", 1) ("c", 1)) (System.String.CompareOrdinal("x", "xyz")) ("B" < "a")
                """));
    }

    @Test
    void membersTakeAStringComparison() {
        assertEquals("""
                -1 31 0
                true true false
                true false 2 true
                Ordinal
                ["apple"; "Banana"; "cherry"]
                """, ScriptRun.output("""
                open System
                printfn "%d %d %d" (String.Compare("a", "B")) (String.Compare("a", "B", StringComparison.Ordinal)) (String.Compare("apple", "APPLE", true))
                printfn "%b %b %b" (String.Equals("Ab", "aB", StringComparison.OrdinalIgnoreCase)) ("Ab".Equals("aB", StringComparison.CurrentCultureIgnoreCase)) ("Ab".Equals("aB", StringComparison.Ordinal))
                printfn "%b %b %d %b" ("Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase)) ("Hello".EndsWith("LO", StringComparison.Ordinal)) ("Hello".IndexOf("LL", StringComparison.OrdinalIgnoreCase)) ("Hello".Contains("ELL", StringComparison.InvariantCultureIgnoreCase))
                printfn "%A" StringComparison.Ordinal
                printfn "%A" (List.sortWith (fun a b -> String.Compare(a, b, StringComparison.OrdinalIgnoreCase)) ["cherry"; "Banana"; "apple"])
                """));
    }

    @Test
    void aNullArgumentIsDotNetsArgumentNullException() {
        assertEquals("Value cannot be null. (Parameter 'value')\n", ScriptRun.output("""
                try printfn "%b" ("x".StartsWith(null, System.StringComparison.Ordinal))
                with :? System.ArgumentNullException as e -> printfn "%s" e.Message
                """));
    }
}
