package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code :? T} handlers catch the .NET exceptions the runtime raises by class, derived classes included. */
class TypeTestPatternTest {
    @Test
    void matchesDerivedClassesAndNamesWithOrWithoutNamespace() {
        assertEquals("argument\nsystem\narithmetic\nexception\n", ScriptRun.output("""
                let kind f =
                    try f (); "none"
                    with
                    | :? ArgumentException -> "argument"
                    | :? System.ArithmeticException -> "arithmetic"
                    | :? SystemException -> "system"
                    | :? exn -> "exception"
                printfn "%s" (kind (fun () -> Array.blit [| 1 |] 0 [| 0 |] 0 -1))
                printfn "%s" (kind (fun () -> Map.find 1 Map.empty |> ignore))
                printfn "%s" (kind (fun () -> 1 / 0 |> ignore))
                printfn "%s" (kind (fun () -> failwith "x"))
                """));
    }

    @Test
    void failureIsExactlySystemExceptionAndDeclaredExceptionsAreTheirOwnClass() {
        assertEquals("exception boom\nfailure no\nother\nmine 3\n", ScriptRun.output("""
                exception Mine of int
                let kind f =
                    try f (); "none"
                    with
                    | Failure m -> "failure " + m
                    | :? Mine -> "mine"
                    | :? System.InvalidOperationException -> "other"
                let wrap f = try f () with :? System.Exception as e -> printfn "exception %s" e.Message
                wrap (fun () -> failwith "boom")
                printfn "%s" (kind (fun () -> failwith "no"))
                printfn "%s" (kind (fun () -> invalidOp "x"))
                try raise (Mine 3) with :? Mine -> printfn "mine 3"
                """));
    }

    @Test
    void reraiseRaisesTheHandledExceptionAgain() {
        assertEquals("inner\nuncaught: Attempted to divide by zero.\n", ScriptRun.output("""
                try
                    1 / 0 |> ignore
                with :? System.DivideByZeroException ->
                    printfn "inner"
                    reraise ()
                """));
    }

    @Test
    void rejectsTestsThatCannotHold() {
        assertEquals("2:3 This expression was expected to have type 'int' but here has type 'exn'",
                ScriptRun.error("match 1 with\n| :? System.Exception -> 1\n| _ -> 2"));
        assertEquals("1:12 The type 'NoSuchException' is not defined.", ScriptRun.error("try 1 with :? NoSuchException -> 2"));
        assertEquals("1:12 Calls to 'reraise' may only occur directly in a handler of a try-with", ScriptRun.error("let f () = reraise ()"));
    }

    @Test
    void unmatchedHandlersPassTheErrorOn() {
        assertEquals("outer: The input list was empty. (Parameter 'list')\n", ScriptRun.output("""
                try
                    try List.head [] with :? System.FormatException -> 0
                with :? System.ArgumentException as e -> printfn "outer: %s" e.Message; 1
                |> ignore
                """));
    }
}
