package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** .NET exceptions constructed by scripts, with or without a message, raised and caught by class. */
class ExceptionConstructorsTest {
    @Test
    void raisedAndCaughtByClass() {
        assertEquals("""
                argument: bad
                argument: count must be positive (Parameter 'count')
                invalid: Operation is not valid due to the current state of the object.
                system: The method or operation is not implemented.
                exception: boom
                """, ScriptRun.output("""
                let attempt f =
                    try f () with
                    | :? System.ArgumentException as e -> printfn "argument: %s" e.Message
                    | :? InvalidOperationException as e -> printfn "invalid: %s" e.Message
                    | :? SystemException as e -> printfn "system: %s" e.Message
                    | e -> printfn "exception: %s" e.Message
                attempt (fun () -> raise (System.ArgumentException("bad")))
                attempt (fun () -> raise (ArgumentException("count must be positive", "count")))
                attempt (fun () -> raise (InvalidOperationException()))
                attempt (fun () -> raise (NotImplementedException()))
                attempt (fun () -> raise (Exception "boom"))
                """));
    }

    @Test
    void mapsAndSetsAreConstructedFromSequences() {
        assertEquals("1 2\n", ScriptRun.output("printfn \"%d %d\" (Map [(\"x\", 1)]).[\"x\"] (Set [1; 2; 2]).Count\n"));
    }

    /** Regression: a declared exception's Message was .NET's default text; F# 7 generates its %A. */
    @Test
    void aDeclaredExceptionsMessageIsItsStructuredText() {
        assertEquals("[Oops] [Invalid (\"name\", 3)] [plain]\n", ScriptRun.output("""
                exception Oops
                exception Invalid of field: string * code: int
                let message f = try f (); "" with e -> e.Message
                printfn "[%s] [%s] [%s]" (message (fun () -> raise Oops)) (message (fun () -> raise (Invalid("name", 3)))) (message (fun () -> failwith "plain"))
                """));
    }
}
