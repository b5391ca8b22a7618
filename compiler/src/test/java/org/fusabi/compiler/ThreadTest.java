package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * System.Threading on the script's one interpreter: a thread runs to its end when started (one of .NET's
 * schedules), with {@code lock} and {@code Interlocked} as F# scripts use them.
 */
class ThreadTest {
    @Test
    void startedThreadsRunAndShareState() {
        assertEquals("10 10 45\n", ScriptRun.output("""
                open System.Threading
                let count = ref 0
                let total = ref 0
                let gate = obj ()
                let threads = [ for i in 0 .. 9 -> new Thread(fun () ->
                                    lock gate (fun () -> total := !total + i)
                                    Interlocked.Increment(count) |> ignore) ]
                for t in threads do t.Start()
                for t in threads do t.Join()
                while !count < 10 do ()
                printfn "%d %d %d" !count (Interlocked.Decrement(count) + 1) !total
                """));
    }

    @Test
    void lockGivesItsFunctionsResult() {
        assertEquals("3\n", ScriptRun.output("let l = obj ()\nprintfn \"%d\" (lock l (fun () -> 1 + 2))\n"));
    }

    @Test
    void aThreadStartsOnceAndIsJoinedAfterItStarts() {
        assertEquals("""
                Thread has not been started.
                ran
                Thread is running or terminated; it cannot restart.
                """, ScriptRun.output("""
                let t = System.Threading.Thread(fun () -> printfn "ran")
                let attempt f = try f () with :? System.Threading.ThreadStateException as e -> printfn "%s" e.Message
                attempt t.Join
                t.Start()
                attempt t.Start
                """));
    }
}
