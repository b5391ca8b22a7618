package org.fusabi.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fusabi.vm.Library;
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
 * The cost of one call, by kind: 100,000 calls per operation, reported per call. script→script calls a top-level
 * function; script→native a host function defined in the {@link Library}; closure calls a closure passed as an
 * argument; tail is a self tail call. The host calling into the script is {@link NativeToScriptBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallsBenchmark {
    static final int CALLS = 100_000;
    private static final String COUNT = """
            let run n =
                let mutable acc = 0
                for i in 1 .. n do
                    acc <- CALL acc
                acc
            """;
    private static final Map<String, String> SCRIPTS = Map.of(
            "script_to_script", "let inc x = x + 1\n" + COUNT.replace("CALL", "inc") + "printfn \"%d\" (run 100000)\n",
            "script_to_native", COUNT.replace("CALL", "Bench.inc") + "printfn \"%d\" (run 100000)\n",
            "closure", "let adder k = fun x -> x + k\n" + COUNT.replace("let run n", "let run (f: int -> int) n").replace("CALL", "f")
                    + "printfn \"%d\" (run (adder 1) 100000)\n",
            "tail", "let rec loop i acc = if i = 0 then acc else loop (i - 1) (acc + 1)\nprintfn \"%d\" (loop 100000 0)\n");

    @Param({"script_to_script", "script_to_native", "closure", "tail"})
    public String kind;

    private Image image;

    @Setup
    public void compile() {
        Library library = StandardLibrary.create().define("Bench.inc", "int -> int", (vm, args) -> (Long) args[0] + 1);
        image = Scripts.compile("calls_" + kind, SCRIPTS.get(kind), library);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public void fromScript() {
        Scripts.run(image);
    }
}
