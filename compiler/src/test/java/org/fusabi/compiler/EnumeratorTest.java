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

    private static final String COUNTER = """
            let upTo n =
                let make () =
                    let i = ref 0
                    { new System.Collections.Generic.IEnumerator<int> with
                          member this.Current = !i
                      interface System.IDisposable with
                          member this.Dispose() = printfn "disposed"
                      interface System.Collections.IEnumerator with
                          member this.Current = box !i
                          member this.MoveNext() = incr i; !i <= n
                          member this.Reset() = i := 0 }
                { new System.Collections.Generic.IEnumerable<int> with
                      member this.GetEnumerator() = make ()
                  interface System.Collections.IEnumerable with
                      member this.GetEnumerator() = make () :> System.Collections.IEnumerator }
            """;

    @Test
    void objectExpressionsImplementEnumeratorsAndSequences() {
        assertEquals("1\n2\ndisposed\ndisposed\n6 disposed\n[1; 2] ", ScriptRun.output(COUNTER + """
                for x in upTo 2 do printfn "%d" x
                printf "%d " (Seq.sum (upTo 3))
                printf "%A " (upTo 5 |> Seq.take 2 |> List.ofSeq)
                """));
    }

    @Test
    void anEnumeratorObjectNeedsEveryStep() {
        assertEquals("1:9 No implementation was given for 'MoveNext' of the object expression's interfaces", ScriptRun.error("""
                let e = { new System.Collections.Generic.IEnumerator<int> with
                              member _.Current = 1
                          interface System.IDisposable with
                              member _.Dispose() = () }
                """));
        assertEquals("2:11 An object expression of 'seq' may also implement only IDisposable and the non-generic IEnumerator or IEnumerable",
                ScriptRun.error("""
                let s = { new System.Collections.Generic.IEnumerable<int> with member _.GetEnumerator() = (Seq.empty).GetEnumerator()
                          interface System.IComparable with member _.CompareTo _ = 0 }
                """));
    }
}
