package org.fusabi.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Instruction dispatch: a million iterations of a loop of int arithmetic, compares and jumps in one function, with
 * no calls or allocation, so that the time is the dispatch loop's own (about 10 instructions per iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DispatchBenchmark {
    private static final String LOOP = """
            let run n =
                let mutable i = 0
                let mutable acc = 0
                while i < n do
                    acc <- acc + (i * 3) % 7 - 1
                    i <- i + 1
                acc
            printfn "%d" (run 1000000)
            """;

    private Image image;

    @Setup
    public void compile() {
        image = Scripts.compile("dispatch", LOOP, StandardLibrary.create());
    }

    @Benchmark
    public void arithmeticLoop() {
        Scripts.run(image);
    }
}
