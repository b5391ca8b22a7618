package org.fusabi.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Allocation: 10,000 two-int records against 10,000 pairs against 10,000 union cases of two ints, each stored in
 * an array so that it stays alive. The same loop around each: the differences are the value representations'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AllocationBenchmark {
    private static final String BUILD = """
            let build n =
                let a = Array.create n (EMPTY)
                for i in 0 .. n - 1 do
                    a.[i] <- (VALUE)
                a
            let built = build 10000
            printfn "%d" built.Length
            """;

    /** For each shape: its type declaration, an initial element, and the element built from i. */
    private static final Map<String, String[]> SHAPES = Map.of(
            "records", new String[] {"type P = { X: int; Y: int }\n", "{ X = 0; Y = 0 }", "{ X = i; Y = i + 1 }"},
            "tuples", new String[] {"", "(0, 0)", "(i, i + 1)"},
            "unions", new String[] {"type U = Pair of int * int\n", "Pair (0, 0)", "Pair (i, i + 1)"});

    @Param({"records", "tuples", "unions"})
    public String shape;

    private Image image;

    @Setup
    public void compile() {
        String[] s = SHAPES.get(shape);
        image = Scripts.compile("allocation_" + shape, s[0] + BUILD.replace("EMPTY", s[1]).replace("VALUE", s[2]), StandardLibrary.create());
    }

    @Benchmark
    public void build10k() {
        Scripts.run(image);
    }
}
