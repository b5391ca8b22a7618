package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Flexible types in annotations, {@code #seq<int>} and {@code 'r :> IDisposable}: a parameter that takes any
 * subtype of the bound, each argument upcast to it.
 */
class FlexibleTypeTest {
    @Test
    void hashTypeTakesEverySubtype() {
        assertEquals("3 7 11\n", ScriptRun.output("""
                let total (xs: #seq<int>) = Seq.sum xs
                printfn "%d %d %d" (total [1; 2]) (total [|3; 4|]) (total (seq { 5 .. 6 }))
                """));
    }

    @Test
    void boundedTypeVariableIsItsBound() {
        assertEquals("dispose a\ndispose b\n5\n", ScriptRun.output("""
                type Res(name: string) =
                    interface System.IDisposable with
                        member _.Dispose() = printfn "dispose %s" name
                let close (r: #System.IDisposable) = r.Dispose()
                let using' (r: ('r :> System.IDisposable)) (f: 'r -> 'b) = try f r finally r.Dispose()
                close (new Res "a")
                printfn "%d" (using' (new Res "b") (fun _ -> 5))
                """));
    }

    @Test
    void parsedAsFlexibleTypes() {
        assertEquals("(let (f (: x (:> _ (seq int)))) x)", Sexp.of(Parser.parseProgram("let f (x: #seq<int>) = x\n").getFirst()));
        assertEquals("(let (f (: r (:> 'r IDisposable))) r)", Sexp.of(Parser.parseProgram("let f (r: ('r :> IDisposable)) = r\n").getFirst()));
    }

    @Test
    void aValueOutsideTheBoundIsRejected() {
        assertEquals("script:2:15: error: This expression was expected to have type 'seq<int>' but here has type 'string'",
                ScriptRun.firstErrorLine("let total (xs: #seq<int>) = Seq.sum xs\nlet n = total \"ab\"\n"));
    }

    @Test
    void aHashOnlyStartsAFlexibleType() {
        assertEquals("script:1:11: error: expected a type but found '+'", ScriptRun.firstErrorLine("let f (x: + ) = x\n"));
    }
}
