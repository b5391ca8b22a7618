package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** Computation expressions of a script's builders and of async, translated into the builder's methods as F# does. */
class ComputationExpressionTest {
    private static final String RESULT_BUILDER = """
            type ResultBuilder() =
                member _.Bind(x, f) = Result.bind f x
                member _.Return x = Ok x
                member _.ReturnFrom x = x
                member _.Zero() = Ok ()
            let result = ResultBuilder()
            """;

    @Test
    void letBangBindsAndReturnEnds() {
        assertEquals("Ok 3 Error \"bad: x\" Error \"too big\"\n", ScriptRun.output(RESULT_BUILDER + """
                let parse (s: string) = match System.Int32.TryParse s with | true, v -> Ok v | _ -> Error (sprintf "bad: %s" s)
                let sum a b = result {
                    let! x = parse a
                    let! y = parse b
                    if x > 100 then return! Error "too big"
                    else return x + y }
                printfn "%A %A %A" (sum "1" "2") (sum "x" "2") (sum "200" "1")
                """));
    }

    @Test
    void yieldsCombineThroughDelayAndLoopsThroughFor() {
        assertEquals("[1; 20; 30; 7; 8; 1]\n", ScriptRun.output("""
                type ListBuilder() =
                    member _.Yield x = [x]
                    member _.YieldFrom xs = xs
                    member _.Combine(a, b) = a @ b
                    member _.Delay f = f ()
                    member _.Zero() = []
                    member _.For(xs, f) = List.collect f xs
                let listOf = ListBuilder()
                let tuple = listOf { yield (1, 2) }
                printfn "%A" (listOf {
                    yield 1
                    for i in [2; 3] do
                        yield i * 10
                    yield! [7; 8]
                    yield List.length tuple })
                """));
    }

    @Test
    void anApplicationIsTheBuilderOfTheBracesAfterIt() {
        assertEquals("[\"t\"; \"1\"; \"2\"]\n", ScriptRun.output("""
                type Tagged(tag: string) =
                    member _.Yield (x: int) = [string x]
                    member _.Combine(a, b) = a @ b
                    member _.Delay f = f ()
                    member _.Run xs = tag :: xs
                let tagged prefix suffix = Tagged(prefix + suffix)
                printfn "%A" (tagged "" "t" { yield 1
                                              yield 2 })
                """));
    }

    @Test
    void whileTryFinallyAndDoBangGoThroughTheBuilder() {
        assertEquals("in try\nfinally\n4 [\"got 1\"; \"got ()\"; \"got 2\"]\n", ScriptRun.output("""
                type Logger() =
                    let mutable log = []
                    member _.Log = List.rev log
                    member _.Bind(x, f) = log <- sprintf "got %A" x :: log; f x
                    member _.Return x = x
                    member _.Delay f = f ()
                    member _.Zero() = ()
                    member _.TryFinally(body, fin) = try body () finally fin ()
                    member _.Combine(a, b) = b
                let logger = Logger()
                let r = logger {
                    let! a = 1
                    do! ()
                    match! 2 with
                    | b ->
                        try
                            printfn "in try"
                        finally
                            printfn "finally"
                        return a + b + 1 }
                printfn "%d %A" r logger.Log
                """));
    }

    @Test
    void asyncRunsWhenStartedAndParallelKeepsTheOrder() {
        assertEquals("""
                fetched alpha
                fetched be
                7
                3 6
                caught boom
                -1
                tick 1
                tick 2
                """, ScriptRun.output("""
                let fetch (name: string) delay = async {
                    do! Async.Sleep delay
                    return name.Length }
                let total = async {
                    let! a = fetch "alpha" 1
                    printfn "fetched alpha"
                    let! b = fetch "be" 1
                    printfn "fetched be"
                    return a + b }
                printfn "%d" (Async.RunSynchronously total)
                let lens = [ "x"; "yy"; "zzz" ] |> List.map (fun s -> fetch s 0) |> Async.Parallel |> Async.RunSynchronously
                printfn "%d %d" lens.[2] (Array.sum lens)
                let safe = async {
                    try
                        failwith "boom"
                        return 0
                    with e ->
                        printfn "caught %s" e.Message
                        return -1 }
                printfn "%d" (Async.RunSynchronously safe)
                async { for i in 1 .. 2 do printfn "tick %d" i } |> Async.Start
                """));
    }

    @Test
    void aConstructTheBuilderLacksIsAnError() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.check(RESULT_BUILDER + """
                let r = result { if true then return 1
                                 return 2 }
                """, StandardLibrary.create()));
        assertEquals("7:18 This control construct may only be used if the computation expression builder defines a 'Combine' method "
                     + "(the builder's type is 'ResultBuilder')", e.pos() + " " + e.getMessage());
        CompileError outside = assertThrows(CompileError.class,
                () -> Compiler.check("let a = async { return (fun () -> return 1) }\n", StandardLibrary.create()));
        assertEquals("1:35 This construct may only be used within computation expressions", outside.pos() + " " + outside.getMessage());
    }
}
