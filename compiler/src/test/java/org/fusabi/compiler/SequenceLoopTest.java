package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code for x in s do} over lazy sequences and strings enumerates them as F# does: lazily, disposing at the end. */
class SequenceLoopTest {
    @Test
    void enumeratesALazySequenceOneElementAtATime() {
        assertEquals("make 1\nuse 10\nmake 2\nuse 20\n", ScriptRun.output("""
                let xs = Seq.map (fun x -> printfn "make %d" x; x * 10) (Seq.ofList [1; 2])
                for x in xs do
                    printfn "use %d" x
                """));
    }

    @Test
    void enumeratesAMapAsKeyValuePairsOrItsPairs() {
        assertEquals("1-a 2-b 1=a 2=b 1a 2b \n", ScriptRun.output("""
                let m = Map.ofSeq (Seq.ofList [(2, "b"); (1, "a")])
                for KeyValue(k, v) in m do printf "%d-%s " k v
                for kv in m do printf "%d=%s " kv.Key kv.Value
                for (k, v) in m do printf "%d%s " k v
                printfn ""
                """));
    }

    @Test
    void aRangeInBracesIsASequence() {
        assertEquals("1 2 3 \nseq [0; 2; 4; 6]\n55 [1; 2]\n", ScriptRun.output("""
                for i in { 1 .. 3 } do printf "%d " i
                printfn ""
                printfn "%A" { 0 .. 2 .. 6 }
                printfn "%d %A" (Seq.sum { 1 .. 10 }) (Seq.toList { 1 .. 2 })
                """));
    }

    @Test
    void enumeratesTheCharsOfAString() {
        assertEquals("a-b-c-\n", ScriptRun.output("""
                for c in "abc" do
                    printf "%c-" c
                printfn ""
                """));
    }

    @Test
    void disposesTheEnumerationWhenTheLoopEndsOrRaises() {
        assertEquals("1\n2\nfinally\n1\nfinally\ncaught stop\n", ScriptRun.output("""
                let guarded = Seq.tryFinally (Seq.ofList [1; 2]) (fun () -> printfn "finally")
                for x in guarded do
                    printfn "%d" x
                try
                    for x in guarded do
                        printfn "%d" x
                        failwith "stop"
                with Failure m -> printfn "caught %s" m
                """));
    }

    @Test
    void readsPatternsAndAnnotatedSequences() {
        assertEquals("1a 2b \n3 0\n", ScriptRun.output("""
                let pairs : seq<int * string> = Seq.zip (Seq.ofList [1; 2]) (Seq.ofList ["a"; "b"])
                for (n, s) in pairs do
                    printf "%d%s " n s
                printfn ""
                let none : seq<int> = Seq.empty
                printfn "%d %d" (Seq.length (Seq.ofArray [| 1; 2; 3 |])) (Seq.length none)
                """));
    }

    @Test
    void loopsOverAHundredThousandAppendsInConstantStack() {
        assertEquals("100000 4999950000\n", ScriptRun.output("""
                let mutable s = Seq.empty
                for i in 0 .. 99999 do
                    s <- Seq.append s (Seq.singleton i)
                let mutable n = 0
                let mutable total = 0
                for x in s do
                    n <- n + 1
                    total <- total + x
                printfn "%d %d" n total
                """));
    }
}
