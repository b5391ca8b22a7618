package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.Limits;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.ScriptInterrupted;
import org.fusabi.vm.embed.Session;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final String SCRIPT = """
            let spin () =
                while true do ()
            let rec deep n = if n = 0 then 0 else 1 + deep (n - 1)
            let rec count n acc = if n = 0 then acc else count (n - 1) (acc + 1)
            let hoard n = [ for i in 1 .. n -> string i ]
            let huge () = List.length (List.range 0 2000000000)
            let wrapping () = List.length (List.range -9223372036854775807 0)
            let sum n =
                let mutable s = 0
                for i in 1 .. n do s <- s + i
                s
            let wide (s: string) = $"[{s,100000000}]"
            """;

    private static Session session(Limits limits) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return Fusabi.create().compile("limits.fsx", SCRIPT).newSession(quiet, quiet).limits(limits).run();
    }

    @Test
    void runawayLoopStopsAtTheDeadline() {
        Session s = session(Limits.NONE.withTimeout(Duration.ofMillis(200)));
        long start = System.nanoTime();
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> s.call("spin"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(LimitExceeded.Limit.TIMEOUT, e.limit());
        assertEquals("limits.fsx:1:10: error: limit exceeded: the time limit of 200 ms has passed\n  at spin (limits.fsx:1:10)", e.render());
        assertTrue(ms >= 200 && ms < 2000, ms + " ms");
        assertEquals(55L, s.call("sum", 10));
    }

    @Test
    void tenMillionDeepRecursionStopsAtTheDepthLimit() {
        Session s = session(Limits.NONE.withCallDepth(10_000));
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> s.call("deep", 10_000_000));
        assertEquals(LimitExceeded.Limit.CALL_DEPTH, e.limit());
        assertEquals("stack overflow: more than 10000 nested calls (the call depth limit)", e.getMessage());
        assertEquals("limits.fsx:3:43", e.location());
        assertEquals(100L, s.call("deep", 100));
    }

    @Test
    void theDefaultDepthLimitAlsoStopsTenMillionDeep() {
        Session s = session(Limits.NONE);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> s.call("deep", 10_000_000));
        assertEquals("stack overflow: more than 1000000 nested calls (the call depth limit)", e.getMessage());
    }

    @Test
    void instructionBudgetCountsLoopsAndTailCalls() {
        Session s = session(Limits.NONE.withInstructions(100_000));
        assertEquals(500L, s.call("count", 500, 0));
        LimitExceeded loop = assertThrows(LimitExceeded.class, () -> s.call("sum", 1_000_000));
        assertEquals(LimitExceeded.Limit.INSTRUCTIONS, loop.limit());
        assertEquals("limit exceeded: the instruction budget of 100000 is used up", loop.getMessage());
        assertEquals("limits.fsx:10:5", loop.location());
        LimitExceeded tail = assertThrows(LimitExceeded.class, () -> s.call("count", 1_000_000, 0));
        assertEquals("limits.fsx:4:46", tail.location());
        assertEquals(500L, s.call("count", 500, 0));
    }

    /** Found by the image fuzzer: a native that builds a collection of a size the script chose ignored limits. */
    @Test
    void nativesThatBuildCollectionsChargeTheBudget() {
        Session s = session(Limits.NONE.withInstructions(1_000_000));
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> s.call("huge"));
        assertEquals(LimitExceeded.Limit.INSTRUCTIONS, e.limit());
        assertEquals("limits.fsx:6:28", e.location());
        // Found by the fuzzer too: a size near Long.MAX_VALUE once wrapped the meter's arithmetic around.
        LimitExceeded wrapped = assertThrows(LimitExceeded.class, () -> s.call("wrapping"));
        assertEquals(LimitExceeded.Limit.INSTRUCTIONS, wrapped.limit());
        // Found by the fuzzer: a damaged alignment made an interpolated hole pad its value to billions of characters.
        assertEquals(LimitExceeded.Limit.INSTRUCTIONS, assertThrows(LimitExceeded.class, () -> s.call("wide", "x")).limit());
    }

    @Test
    void allocationLimitStopsAHoarder() {
        Session s = session(Limits.NONE.withAllocation(8L << 20));
        assertEquals(1000, ((java.util.List<?>) s.call("hoard", 1000)).size());
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> s.call("hoard", 10_000_000));
        assertEquals(LimitExceeded.Limit.ALLOCATION, e.limit());
        assertEquals("limit exceeded: allocated more than 8388608 bytes", e.getMessage());
    }

    @Test
    void scriptsCannotCatchALimit() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Session s = Fusabi.create().compile("catch.fsx", """
                let rec deep n = if n = 0 then 0 else 1 + deep (n - 1)
                let tryDeep n = try deep n with _ -> -1
                """).newSession(quiet, quiet).limits(Limits.NONE.withCallDepth(100)).run();
        assertEquals(LimitExceeded.Limit.CALL_DEPTH, assertThrows(LimitExceeded.class, () -> s.call("tryDeep", 1000)).limit());
    }

    /**
     * Regression: a limit that stopped a script inside a try left the try's handler installed, and the next error
     * at the same call depth, in another function, resumed at that handler's address in the wrong code.
     */
    @Test
    void aTryStoppedByALimitCatchesNothingAfterwards() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Session s = Fusabi.create().compile("stale.fsx", """
                let rec deep n = if n = 0 then 0 else 1 + deep (n - 1)
                let tryDeep n = try deep n with _ -> -1
                let divide (n: int) = 10 / n
                """).newSession(quiet, quiet).limits(Limits.NONE.withCallDepth(100)).run();
        assertThrows(LimitExceeded.class, () -> s.call("tryDeep", 1000));
        assertEquals("Attempted to divide by zero.", assertThrows(ScriptError.class, () -> s.call("divide", 0)).getMessage());
    }

    @Test
    void theTopLevelIsMeteredToo() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Session s = Fusabi.create().compile("top.fsx", "while true do ()").newSession(quiet, quiet)
                .limits(Limits.NONE.withInstructions(1000));
        assertEquals("top.fsx:1:1: error: limit exceeded: the instruction budget of 1000 is used up\n  at <main> (top.fsx:1:1)",
                assertThrows(LimitExceeded.class, s::run).render());
    }

    private static final Limits ALL = Limits.NONE.withInstructions(1_000_000_000L).withTimeout(Duration.ofMillis(200))
            .withCallDepth(10_000).withAllocation(64L << 20);

    private static LimitExceeded stopped(Limits limits, String source) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Session s = Fusabi.create().compile("lib.fsx", source).newSession(quiet, quiet).limits(limits);
        return assertThrows(LimitExceeded.class, s::run, source);
    }

    /** Regressions: with every limit set, these reached the host as OutOfMemoryError, or ran 60 s past the deadline. */
    @Test
    void limitsHoldInsideTheLibrary() {
        String strings = "let rec dbl (s: string) n = if n = 0 then s else dbl (s + s) (n - 1)\nlet r = String.length (dbl \"ab\" 40)";
        String arrays = "let rec dbl (a: int[]) n = if n = 0 then a else dbl (Array.append a a) (n - 1)\nlet r = Array.length (dbl [|1|] 40)";
        // With every limit set, whichever comes first (on a busy machine, the deadline) stops them where they double.
        assertEquals("lib.fsx:1:57", stopped(ALL, strings).location());
        assertEquals("lib.fsx:1:54", stopped(ALL, arrays).location());
        Limits allocation = Limits.NONE.withAllocation(64L << 20);
        assertEquals("lib.fsx:1:57: error: limit exceeded: allocated more than 67108864 bytes",
                stopped(allocation, strings).render().lines().findFirst().orElseThrow());
        assertEquals(LimitExceeded.Limit.ALLOCATION, stopped(allocation, arrays).limit());
        for (String built : new String[] {"List.length (List.init 1000000000 id)", "Array.length (Array.create 2000000000 0)",
                "String.length (String.replicate 2000000000 \"ab\")", "List.length (List.replicate 1000000000 1)"}) {
            long start = System.nanoTime();
            LimitExceeded e = stopped(allocation, "let r = " + built);
            assertEquals(LimitExceeded.Limit.ALLOCATION, e.limit(), built);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, built + " was built before it was refused");
        }
        long start = System.nanoTime();
        LimitExceeded concatenating = stopped(Limits.NONE.withTimeout(Duration.ofMillis(200)),
                "let big = String.replicate 1000000 \"a\"\nlet mutable s = \"\"\nfor i in 1 .. 100000 do s <- big + \"b\"\n");
        assertEquals(LimitExceeded.Limit.TIMEOUT, concatenating.limit());
        assertEquals("lib.fsx:3:30", concatenating.location());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "ran " + (System.nanoTime() - start) / 1_000_000 + " ms past a 200 ms deadline");
    }

    /** Without an allocation limit, a collection that cannot fit the heap is refused before the collector thrashes. */
    @Test
    void whatCannotFitTheHeapIsRefusedAtOnce() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Session s = Fusabi.create().compile("heap.fsx", "let r = List.length (List.init 1000000000 id)").newSession(quiet, quiet);
        ScriptError e = assertThrows(ScriptError.class, s::run);
        assertTrue(e.getMessage().startsWith("out of memory: this needs about 26702 MB, more than the Java heap's "), e.getMessage());
        assertEquals("heap.fsx:1:22", e.location());
    }

    /** Regression: Thread.interrupt() did not stop a running script, with or without limits, interpreted or translated. */
    @Test
    void interruptingTheThreadStopsTheScript() throws Exception {
        for (Limits limits : new Limits[] {Limits.NONE, Limits.NONE.withInstructions(Long.MAX_VALUE / 4)}) {
            for (String call : new String[] {"spin", "count"}) {
                Session s = session(limits);
                Object[] args = call.equals("spin") ? new Object[0] : new Object[] {Long.MAX_VALUE, 0};
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                Thread t = new Thread(() -> {
                    try {
                        s.call(call, args);
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                });
                t.start();
                Thread.sleep(300);
                t.interrupt();
                t.join(10_000);
                assertTrue(!t.isAlive(), call + " under " + limits + " ignored the interrupt");
                ScriptInterrupted e = assertInstanceOf(ScriptInterrupted.class, thrown.get());
                assertEquals("interrupted", e.getMessage());
                assertTrue(e.location().startsWith("limits.fsx:"), e.location());
                assertEquals(55L, s.call("sum", 10), "the session stays usable");
            }
        }
    }
}
