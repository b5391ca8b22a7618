package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** obj: values boxed explicitly or where an obj is expected, and :? telling their run-time types apart. */
class ObjectValuesTest {
    @Test
    void boxedValuesAreTestedByTheirRunTimeType() {
        assertEquals("""
                i 2
                s TWO
                f 3
                p p
                u B 2
                other True
                true false 3
                1.5 s 5
                (1, 2) false
                """, ScriptRun.output("""
                type P = { N: string }
                type U = A | B of int
                let objs : obj list = [box 1; box "two"; box 3.0; box { N = "p" }; box (B 2); box true]
                for x in objs do
                    match x with
                    | :? int as i -> printfn "i %d" (i + 1)
                    | :? string as s -> printfn "s %s" (s.ToUpper())
                    | :? float as f -> printfn "f %g" f
                    | :? P as p -> printfn "p %s" p.N
                    | :? U as u -> printfn "u %A" u
                    | _ -> printfn "other %O" x
                let o = box 3
                let n : int = unbox o
                printfn "%b %b %d" (o :? int) (o :? string) n
                let f (x: obj) = sprintf "%O" x
                printfn "%s %s %O" (f (box 1.5)) (f "s") (5 :> obj)
                let mutable held = obj ()
                held <- (fun x -> x + 1)
                printfn "%s %b" (f (1, 2)) (held :? int)
                """));
    }

    /** Regression: unbox of another type's value was an internal error naming Java's ClassCastException. */
    @Test
    void unboxOfAnotherTypeIsDotNetsInvalidCastException() {
        assertEquals("Specified cast is not valid.\n", ScriptRun.output("""
                try
                    let n : int = unbox (box "s")
                    printfn "%d" n
                with :? System.InvalidCastException as e -> printfn "%s" e.Message
                """));
        assertEquals("uncaught: Specified cast is not valid.\n", ScriptRun.output("let n : int = unbox (box 1.5)\nprintfn \"%d\" n\n"));
    }

    /** Regression: an integer literal passed where an obj is expected was a type error naming Java's 'Object'. */
    @Test
    void integerLiteralPassesWhereObjIsExpected() {
        assertEquals("int 3 int 4\n", ScriptRun.output("""
                let describe (o: obj) = match o with :? int as i -> sprintf "int %d" i | _ -> "other"
                printfn "%s %s" (describe 3) (describe (3 + 1))
                """));
        assertEquals("2:17 This expression was expected to have type 'string' but here has type 'obj'",
                ScriptRun.error("let o = box 1\nlet s: string = o\n"));
    }
}
