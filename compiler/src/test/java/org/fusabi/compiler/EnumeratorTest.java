package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** .NET's IEnumerator<'T> as scripts use it: {@code s.GetEnumerator()}, MoveNext, Current and Dispose. */
class EnumeratorTest {
    @Test
    void aSequenceIsWalkedByItsEnumerator() {
        assertEquals("true 1\ntrue 2\nfinally\nfalse\n", ScriptRun.output("""
                let s = seq { yield 1
                              try yield 2 finally printfn "finally" }
                let e = s.GetEnumerator()
                printfn "%b %d" (e.MoveNext()) e.Current
                printfn "%b %d" (e.MoveNext()) e.Current
                printfn "%b" (e.MoveNext())
                """));
    }

    @Test
    void disposingStopsTheEnumerationAndRunsItsFinally() {
        assertEquals("1\nfinally\nfinally\n", ScriptRun.output("""
                let s = seq { try yield 1; yield 2 finally printfn "finally" }
                let first (e: System.Collections.Generic.IEnumerator<int>) = e.MoveNext() |> ignore; e.Current
                let e = s.GetEnumerator()
                printfn "%d" (first e)
                e.Dispose()
                let once () =
                    use e2 = s.GetEnumerator()
                    e2.MoveNext() |> ignore
                once ()
                """));
    }
}
