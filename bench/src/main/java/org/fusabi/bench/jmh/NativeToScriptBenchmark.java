package org.fusabi.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.fusabi.vm.value.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The host calling a script function: the script hands {@code fun x -> x + 1} to a host native, and the host calls
 * it through {@link Interpreter#apply} (boxed argument and result), reported per call as {@link CallsBenchmark} is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NativeToScriptBenchmark {
    private Interpreter host;
    private Object registered;

    @Setup
    public void register() {
        Library library = StandardLibrary.create().define("Bench.register", "(int -> int) -> unit", (vm, args) -> {
            registered = args[0];
            return Unit.VALUE;
        });
        host = Scripts.run(Scripts.compile("register", "Bench.register (fun x -> x + 1)\n", library));
    }

    @Benchmark
    @OperationsPerInvocation(CallsBenchmark.CALLS)
    public long apply() {
        Object acc = 0L;
        for (int i = 0; i < CallsBenchmark.CALLS; i++) {
            acc = host.apply(registered, acc);
        }
        return (Long) acc;
    }
}
