package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions are translated to JVM code after a few thousand calls (vm-register's Jit): the scripts here call these
 * numeric ones far more often than that, so the answers, errors and limits below come from translated code
 * (JitSameAsInterpreterTest compares translated and interpreted runs of scripts that use everything else).
 */
class JitTest {
    @TempDir
    Path dir;

    private GoldenTest.Result run(String source) throws IOException {
        Path f = dir.resolve("j.fsx");
        Files.writeString(f, source);
        return GoldenTest.fus("run", f.toString());
    }

    @Test
    void translatedArithmeticGivesTheInterpretersAnswers() throws IOException {
        GoldenTest.Result r = run("""
                let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
                let rec tak x y z = if y < x then tak (tak (x - 1) y z) (tak (y - 1) z x) (tak (z - 1) x y) else z
                let rec gcd a b = if b = 0 then a else gcd b (a % b)
                let bits x = ((x <<< 3) ||| 5) &&& ~~~ 2 ^^^ (x >>> 1)
                let rec sumBits n acc = if n = 0 then acc else sumBits (n - 1) (acc + bits n)
                let f x = (x * 1.5 - 2.0) / 3.0 ** 2.0 + x % 0.7
                let rec sumF n acc = if n = 0 then acc else sumF (n - 1) (acc + f (float n))
                let cmp (a: float) b = if a < b then 1 elif a = b then 2 elif a > b then 3 else 4
                let rec countNaN n acc = if n = 0 then acc else countNaN (n - 1) (acc + cmp nan (float n))
                let rec big n acc = if n = 0 then acc else big (n - 1) (acc * 31 + n)
                printfn "%d %d %d" (fib 25) (tak 18 12 6) (gcd 1071 462)
                printfn "%d" (sumBits 100000 0)
                printfn "%.6f" (sumF 100000 0.0)
                printfn "%d %d" (countNaN 10000 0) (big 100000 7)
                """);
        assertEquals("", r.err());
        long sumBits = 0;
        // F# precedence: ^^^ binds tighter than &&&.
        for (long n = 100000; n > 0; n--) sumBits += ((n << 3) | 5) & (~2L ^ (n >> 1));
        double sumF = 0;
        for (long n = 100000; n > 0; n--) sumF += (n * 1.5 - 2.0) / Math.pow(3.0, 2.0) + n % 0.7;
        long big = 7;
        for (long n = 100000; n > 0; n--) big = big * 31 + n;
        assertEquals("75025 7 21\n" + sumBits + "\n" + String.format("%.6f", sumF) + "\n40000 " + big + "\n", r.out());
    }

    @Test
    void divisionByZeroInTranslatedCodeIsCaughtAndLocated() throws IOException {
        GoldenTest.Result r = run("""
                let div a b = a / b
                let rec spin n acc = if n = 0 then acc else spin (n - 1) (acc + div 100 (n % 50 + 1))
                printfn "%d" (spin 100000 0)
                let safe = try spin 10 0 + div 1 0 with _ -> -1
                printfn "%d" safe
                printfn "%d" (div 1 0)
                """);
        assertEquals(1, r.status());
        assertTrue(r.out().endsWith("-1\n"), r.out());
        assertTrue(r.err().startsWith(dir.resolve("j.fsx") + ":1:17: error: Attempted to divide by zero."), r.err());
    }

    @Test
    void collectionMembersCalledDirectlyFromTranslatedCodeKeepTheirErrorsAndPositions() throws IOException {
        GoldenTest.Result r = run("""
                open System.Collections.Generic
                let fill n =
                    let items = ResizeArray()
                    let d = Dictionary()
                    for i in 0 .. n - 1 do
                        items.Add i
                        d.[i % 10] <- i
                    items.Count + d.Count
                let rec again k acc = if k = 0 then acc else again (k - 1) (acc + fill 100)
                printfn "%d" (again 3000 0)
                let at (items: ResizeArray<int>) i = items.[i]
                let probe n = try at (ResizeArray [1]) n with :? System.ArgumentOutOfRangeException -> -1
                let rec probes k acc = if k = 0 then acc else probes (k - 1) (acc + probe (k % 2))
                printfn "%d" (probes 5000 0)
                printfn "%d" (at (ResizeArray [1]) 3)
                """);
        assertEquals("330000\n0\n", r.out());
        assertTrue(r.err().startsWith(dir.resolve("j.fsx") + ":11:38: error: Index was out of range."), r.err());
    }

    @Test
    void deepTranslatedRecursionFinishesOrStopsAtTheDepthLimit() throws IOException {
        GoldenTest.Result ok = run("""
                let rec sum n = if n = 0 then 0 else n + sum (n - 1)
                for i in 1 .. 5000 do sum 10 |> ignore
                printfn "%d" (sum 900000)
                """);
        assertEquals("", ok.err());
        assertEquals("405000450000\n", ok.out());
        GoldenTest.Result deep = run("""
                let rec down n = if n = 0 then 0 else 1 + down (n - 1)
                for i in 1 .. 5000 do down 10 |> ignore
                printfn "%d" (down 100000000)
                """);
        assertEquals(1, deep.status());
        assertTrue(deep.err().startsWith(dir.resolve("j.fsx") + ":1:"), deep.err());
        assertTrue(deep.err().lines().findFirst().orElse("").contains("error: stack overflow"), deep.err());
    }

    @Test
    void translatedTailLoopsRunInConstantStack() throws IOException {
        GoldenTest.Result r = run("""
                let rec loop i acc = if i = 50000000 then acc else loop (i + 1) (acc + i % 7)
                printfn "%d" (loop 0 0)
                """);
        long acc = 0;
        for (long i = 0; i < 50_000_000; i++) acc += i % 7;
        assertEquals(acc + "\n", r.out());
    }
}
