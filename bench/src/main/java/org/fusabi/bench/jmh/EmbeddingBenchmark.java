package org.fusabi.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.fusabi.embed.Fusabi;
import org.fusabi.vm.embed.ScriptFunction;
import org.fusabi.vm.embed.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of crossing the host boundary (docs/EMBEDDING.md quotes the results). Run after {@code mvn package}:
 * {@code java -cp 'bench/target/fusabi-bench.jar:bench/target/lib/*' org.openjdk.jmh.Main EmbeddingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmbeddingBenchmark {
    private static final int CALLS = 1000;

    private ScriptFunction add;
    private ScriptFunction callHost;
    private ScriptFunction callScript;
    private ScriptFunction callMethod;
    private final Counter counter = new Counter();
    private long n;

    /** A host type (docs/EMBEDDING.md, "Host types") whose method does what Host.inc does. */
    public static final class Counter {
        public long next(long x) {
            return x + 1;
        }
    }

    @Setup
    public void setup() {
        Fusabi fusabi = Fusabi.create().define("Host.inc", "int -> int", args -> (Long) args[0] + 1)
                .defineType("Counter", Counter.class);
        Session s = fusabi.compile("bench.fsx", """
                let add (a: int) (b: int) = a + b
                let inc (x: int) = x + 1
                let callHost (n: int) =
                    let mutable s = 0
                    for i in 1 .. n do s <- Host.inc s
                    s
                let callScript (n: int) =
                    let mutable s = 0
                    for i in 1 .. n do s <- inc s
                    s
                let callMethod (c: Counter) (n: int) =
                    let mutable s = 0
                    for i in 1 .. n do s <- c.Next s
                    s
                """).newSession().run();
        add = s.function("add");
        callHost = s.function("callHost");
        callScript = s.function("callScript");
        callMethod = s.function("callMethod");
    }

    /** Java calls a two-argument script function: conversion of arguments and result, one script call. */
    @Benchmark
    public Object hostToScript() {
        return add.call(n++, 1L);
    }

    /** A script loop calling a host function per iteration: boxing, the native call, the conversion both ways. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptToHost() {
        return callHost.call((long) CALLS);
    }

    /** The same loop calling a method of a host type's object: a native bound to a method handle. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptToHostMethod() {
        return callMethod.call(counter, (long) CALLS);
    }

    /** The same loop calling a script function instead: the baseline to subtract from {@link #scriptToHost}. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptToScript() {
        return callScript.call((long) CALLS);
    }
}
