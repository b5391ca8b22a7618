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
 * The data issue 16 stores unboxed: a read and a write of each element of a 1,000-element float, int or bool array
 * (independent of each other, so that the loop is not one chain of dependent operations), and a read and write of
 * a record's mutable float field, each 1,000 times in a loop run 100 times (100,000 per operation), so that the
 * time is the access and whatever boxing it does. {@code -prof gc} shows the boxes: bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnboxedDataBenchmark {
    private static final String ARRAYS = """
            let run (a: ELEM[]) =
                for _ in 1 .. 100 do
                    for i in 0 .. a.Length - 1 do
                        a.[i] <- STEP
            let a = Array.create 1000 (ZERO)
            run a
            printfn "%A" a.[999]
            """;

    private static final String FIELD = """
            type Body = { mutable X: float; V: float }
            let run (b: Body) =
                for _ in 1 .. 100 do
                    for i in 1 .. 1000 do
                        b.X <- b.X + b.V
            let b = { X = 0.0; V = 0.5 }
            run b
            printfn "%f" b.X
            """;

    /** For each case: the script, with its element type, zero and the element's new value put in. */
    private static final Map<String, String> SCRIPTS = Map.of(
            "floatArray", ARRAYS.replace("ZERO", "0.0").replace("STEP", "a.[i] + 0.5").replace("ELEM", "float"),
            "intArray", ARRAYS.replace("ZERO", "0").replace("STEP", "a.[i] + 3").replace("ELEM", "int"),
            "boolArray", ARRAYS.replace("ZERO", "false").replace("STEP", "not a.[i]").replace("ELEM", "bool"),
            "recordFloatField", FIELD);

    @Param({"floatArray", "intArray", "boolArray", "recordFloatField"})
    public String data;

    private Image image;

    @Setup
    public void compile() {
        image = Scripts.compile("unboxed_" + data, SCRIPTS.get(data), StandardLibrary.create());
    }

    @Benchmark
    public void access100k() {
        Scripts.run(image);
    }
}
