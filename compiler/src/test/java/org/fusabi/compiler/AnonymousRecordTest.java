package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Anonymous records: typed by their field names, printed by %A in {| |} with the fields sorted, as F# does. */
class AnonymousRecordTest {
    @Test
    void constructedReadAnnotatedAndCompared() {
        assertEquals("""
                Ann (41)
                true
                8
                {| A = 1 |}
                """, ScriptRun.output("""
                let describe (p: {| Name: string; Age: int |}) = sprintf "%s (%d)" p.Name p.Age
                let p = {| Name = "Ann"; Age = 41 |}
                printfn "%s" (describe p)
                printfn "%b" (p = {| Age = 41; Name = "Ann" |})
                let f x = {| Doubled = x * 2; Orig = x |}
                printfn "%d" (f 4).Doubled
                printfn "%s" (string {| A = 1 |})
                """));
    }

    @Test
    void copiedWithFieldsReplacedOrAddedFromAnonymousAndFSharpRecords() {
        assertEquals("""
                {| Age = 42
                   City = "Oslo"
                   Name = "Ann" |}
                {| A = 1
                   B = "b"
                   C = true |}
                """, ScriptRun.output("""
                let p = {| Name = "Ann"; Age = 41 |}
                printfn "%A" {| p with Age = p.Age + 1; City = "Oslo" |}
                type R = { A: int; B: string }
                printfn "%A" {| { A = 1; B = "b" } with C = true |}
                """));
    }

    @Test
    void printedInsideOtherValuesAsFSharpLaysThemOut() {
        assertEquals("""
                [{| X = 1
                    Y = 2.5 |}; {| X = 2
                                   Y = 3.5 |}]
                {| Inner = {| V = 1 |}
                   Items = [1; 2] |}
                """, ScriptRun.output("""
                printfn "%A" [ {| X = 1; Y = 2.5 |}; {| X = 2; Y = 3.5 |} ]
                printfn "%A" {| Items = [1; 2]; Inner = {| V = 1 |} |}
                """));
    }

    @Test
    void fieldsAreEvaluatedInTheOrderWritten() {
        assertEquals("b\na\n", ScriptRun.output("""
                let r = {| B = (printfn "b"; 2); A = (printfn "a"; 1) |}
                """));
    }
}
