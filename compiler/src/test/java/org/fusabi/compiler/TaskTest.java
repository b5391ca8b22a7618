package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** task { … } and Task<'T>: started when made, finished by the time anything reads them, on the script's thread. */
class TaskTest {
    @Test
    void tasksBindReturnLoopAndCatch() {
        assertEquals("""
                42 5
                caught boom
                49
                caught boom
                caught boom
                [|49; 50|] 99
                18
                """, ScriptRun.output("""
                open System.Threading.Tasks
                let t = task { return 21 * 2 }
                let t2 = Task.Run(fun () -> 5)
                printfn "%d %d" t.Result t2.Result
                let compute x = task {
                    let! a = Task.FromResult x
                    let! b = t
                    do! Task.Delay 1
                    let mutable total = 0
                    for i in 1 .. 3 do total <- total + i
                    try
                        failwith "boom"
                    with e -> printfn "caught %s" e.Message
                    return a + b + total }
                printfn "%d" (compute 1).Result
                let all = Task.WhenAll [ compute 1; compute 2 ]
                printfn "%A %d" all.Result (Array.sum all.Result)
                let fromAsync = async { let! v = Async.AwaitTask (Task.FromResult 9) in return v * 2 } |> Async.StartAsTask
                fromAsync.Wait()
                printfn "%d" fromAsync.Result
                """));
    }

    /** Regression: a builder's braces holding a for loop over a range were read as a range expression. */
    @Test
    void aForLoopOverARangeInsideABuilder() {
        assertEquals("6\n", ScriptRun.output("""
                let total = async {
                    let mutable s = 0
                    for i in 1 .. 3 do s <- s + i
                    return s }
                printfn "%d" (Async.RunSynchronously total)
                """));
    }
}
