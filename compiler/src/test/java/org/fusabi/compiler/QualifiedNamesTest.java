package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Union cases, types and functions named through FSharp.Core's namespaces, modules and types, as F# resolves them. */
class QualifiedNamesTest {
    @Test
    void unionCasesNamedThroughTheirTypeAndNamespace() {
        assertEquals("Some \"a\" Some 1 None Ok 2 1 2 3\n", ScriptRun.output("""
                let a = Microsoft.FSharp.Core.Option.Some("a")
                let b = Microsoft.FSharp.Core.option.Some(1)
                let c = (Option.None : int option)
                let d : Result<int, string> = Result.Ok 2
                let e = match b with Microsoft.FSharp.Core.Option.Some x -> x | option.None -> 0
                let f = match d with Result.Ok x -> x | Microsoft.FSharp.Core.Result.Error _ -> 0
                let g = match Some 3 with Microsoft.FSharp.Core.Some x -> x | Microsoft.FSharp.Core.None -> 0
                printfn "%A %A %A %A %d %d %d" a b c d e f g
                """));
    }

    @Test
    void aTypesCaseOrStaticMemberBeforeADotWinsOverAnotherTypesCase() {
        assertEquals("A ONE 1\n", ScriptRun.output("""
                type S =
                    | A
                    | B
                    static member C = "ONE"
                type s =
                    | S
                    | U
                    member x.A = 1
                    member x.C = 1
                let a = (S.A : S)
                let c = (S.C : string)
                printfn "%A %s %d" a c U.A
                """));
    }

    @Test
    void anAnnotationAfterALambdaBodyBelongsToTheBody() {
        assertEquals("3\n", ScriptRun.output("""
                let f = fun (x: int) -> x + 1 : int
                printfn "%d" (f 2)
                """));
    }
}
