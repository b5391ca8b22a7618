package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.Limits;
import org.fusabi.vm.Translations;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.image.Image;
import org.junit.jupiter.api.Test;

/**
 * Limits hold in translated code as in the interpreter: each script here runs under the same limits once with
 * every function and loop translated at once ({@link Translations#eager}) and once interpreted alone, and both
 * runs must print the same, stop at the same limit with the same report (message, file:line:col, trace), and
 * then answer the host's next call alike. Each script defines {@code after}, which the host calls afterwards.
 */
class JitLimitsTest {
    /** Calls, a self tail call, a closure, a function value and loops: every place that charges fuel. */
    private static final String BUSY = """
            let after n = n * 2
            let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
            let rec count n acc = if n = 0 then acc else count (n - 1) (acc + 1)
            let twice f x = f (f x)
            let mutable total = 0
            for i in 1 .. 100000 do
                let add = fun x -> x + i
                total <- total + fib (i % 12) + count (i % 30) 0 + twice add i
                let mutable j = 0
                while j < i % 7 do j <- j + 1
                if i % 100 = 0 then printfn "%d %d" i total
            printfn "done %d" total
            """;

    /** Output, then how the run ended (the limit and the error's report), then what the host's call of after 21 returned. */
    private static String run(Image image, boolean translated, Limits limits) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Interpreter vm = new Interpreter(image, out, out).limits(limits);
        if (translated) Translations.eager(vm); else Translations.interpreted(vm);
        try {
            vm.run();
        } catch (LimitExceeded e) {
            out.println(e.limit() + " " + e.render());
        }
        Export after = image.exports().stream().filter(e -> e.name().equals("after")).findFirst().orElseThrow();
        out.println("after: " + vm.apply(vm.global(after.slot(), after.kind()), 21L));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs source both ways under limits; the functions named must have been translated. Returns the output. */
    private static String same(Limits limits, String source, String... translated) {
        String interpreted = run(Compiler.compile("t.fsx", source), false, limits);
        Image image = Compiler.compile("t.fsx", source);
        assertEquals(interpreted, run(image, true, limits));
        for (String f : translated) assertTrue(Translations.translated(image, f), f + " was not translated");
        assertTrue(interpreted.endsWith("after: 42\n"), interpreted);
        return interpreted;
    }

    @Test
    void everyInstructionBudgetStopsTranslatedCodeAtTheInterpretersPlace() {
        // Budgets a prime apart stop at calls, tail calls and loop turns of both loops: the same one each way only
        // if translated code spends exactly what the interpreter does, in the same order.
        Set<String> places = new HashSet<>();
        for (long budget = 20_000; budget < 400_000; budget += 9_973) {
            String out = same(Limits.NONE.withInstructions(budget), BUSY, "fib", "count", "twice", "<main>");
            assertTrue(out.contains("INSTRUCTIONS t.fsx:") && out.contains("instruction budget of " + budget + " is used up"), out);
            places.add(out.substring(out.indexOf("INSTRUCTIONS ")).lines().findFirst().orElseThrow());
        }
        assertTrue(places.size() >= 4, "stopped at only " + places);
    }

    @Test
    void theCallDepthLimitStopsTranslatedRecursionAtTheSameCall() {
        String out = same(Limits.NONE.withCallDepth(500), """
                let after n = n * 2
                let rec deep n = if n = 0 then 0 else 1 + deep (n - 1)
                let rec count n acc = if n = 0 then acc else count (n - 1) (acc + 1)
                printfn "%d %d" (deep 400) (count 100000 0)
                printfn "%d" (deep 1000)
                """, "deep", "count");
        assertTrue(out.startsWith("400 100000\nCALL_DEPTH t.fsx:2:43: error: stack overflow: more than 500 nested calls"), out);
    }

    @Test
    void aDeadlineStopsATranslatedEndlessLoopWhereTheInterpreterStops() {
        String out = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> same(Limits.NONE.withTimeout(Duration.ofMillis(100)), """
                let after n = n * 2
                let spin () =
                    let mutable i = 0
                    while true do i <- i + 1
                spin ()
                """, "spin"));
        assertTrue(out.startsWith("TIMEOUT t.fsx:4:26: error: limit exceeded: the time limit of 100 ms has passed\n  at spin"), out);
    }

    @Test
    void anAllocationLimitStopsATranslatedHoarderWhereTheInterpreterStops() {
        String out = same(Limits.NONE.withAllocation(8L << 20), """
                let after n = n * 2
                let hoard n =
                    let mutable xs = []
                    for i in 1 .. n do xs <- (i, i) :: xs
                    List.length xs
                printfn "%d" (hoard 1000)
                printfn "%d" (hoard 10000000)
                """, "hoard");
        assertTrue(out.startsWith("1000\nALLOCATION t.fsx:4:5: error: limit exceeded: allocated more than 8388608 bytes\n  at hoard"), out);
    }

    @Test
    void anImageTranslatedWithoutLimitsStopsAnotherInterpreterAtItsLimitAsInterpreted() {
        // The first interpreter's translation counts no fuel; the limited one must get one that does.
        Image image = Compiler.compile("t.fsx", """
                let after n = n * 2
                let a = Array.create 10 0
                let rec spin n = if n = 0 then a.[0] else (a.[n % 10] <- n; spin (n - 1))
                let mutable total = 0
                for _ in 1 .. 3000 do total <- total + spin 100
                printfn "%d" (total + spin 10000000)
                """);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        new Interpreter(image, quiet, quiet).run();
        assertTrue(Translations.translated(image, "spin"));
        Limits limits = Limits.NONE.withInstructions(1_000_000);
        String out = run(image, false, limits);
        assertTrue(out.startsWith("INSTRUCTIONS t.fsx:3:61: error: limit exceeded"), out);
        assertEquals(out, run(image, true, limits));
    }

    @Test
    void underGenerousLimitsTranslatedCodeRunsToTheEndAlike() {
        String out = same(new Limits(10_000_000_000L, 10_000, Duration.ofMinutes(5), 1L << 30), BUSY, "fib", "count", "twice", "<main>");
        assertTrue(out.contains("\ndone "), out);
    }
}
