package org.fusabi.bench.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The .NET collections used from a script against the same operations written in Java, reported per operation:
 * {@code Dictionary} sets then gets of 10,000 int keys against {@code HashMap}, {@code ResizeArray.Add} then its
 * indexer against {@code ArrayList}, 10,000 {@code StringBuilder.Append}s of an int against Java's. The script side
 * includes its loop, as the Java side does; what the ratio shows is the cost of reaching a collection from a script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CollectionsBenchmark {
    static final int N = 10_000;
    private static final Map<String, String> SCRIPTS = Map.of(
            "dictionary", """
                    open System.Collections.Generic
                    let run n =
                        let d = Dictionary()
                        for i in 0 .. n - 1 do
                            d.[i] <- i
                        let mutable total = 0
                        for i in 0 .. n - 1 do
                            total <- total + d.[i]
                        total
                    printfn "%d" (run 10000)
                    """,
            "resizeArray", """
                    let run n =
                        let items = ResizeArray()
                        for i in 0 .. n - 1 do
                            items.Add i
                        let mutable total = 0
                        for i in 0 .. items.Count - 1 do
                            total <- total + items.[i]
                        total
                    printfn "%d" (run 10000)
                    """,
            "stringBuilder", """
                    open System.Text
                    let run n =
                        let sb = StringBuilder()
                        for i in 0 .. n - 1 do
                            sb.Append i |> ignore
                        sb.Length
                    printfn "%d" (run 10000)
                    """);

    @Param({"dictionary", "resizeArray", "stringBuilder"})
    public String collection;

    private Image image;

    @Setup
    public void compile() {
        image = Scripts.compile("collections_" + collection, SCRIPTS.get(collection), StandardLibrary.create());
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void script() {
        Scripts.run(image);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long java() {
        return switch (collection) {
            case "dictionary" -> {
                HashMap<Long, Long> d = new HashMap<>();
                for (long i = 0; i < N; i++) d.put(i, i);
                long total = 0;
                for (long i = 0; i < N; i++) total += d.get(i);
                yield total;
            }
            case "resizeArray" -> {
                ArrayList<Long> items = new ArrayList<>();
                for (long i = 0; i < N; i++) items.add(i);
                long total = 0;
                for (int i = 0; i < items.size(); i++) total += items.get(i);
                yield total;
            }
            default -> {
                StringBuilder sb = new StringBuilder();
                for (long i = 0; i < N; i++) sb.append(i);
                yield sb.length();
            }
        };
    }
}
