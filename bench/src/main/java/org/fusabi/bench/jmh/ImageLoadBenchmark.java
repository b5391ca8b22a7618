package org.fusabi.bench.jmh;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fusabi.compiler.Compiler;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Starting a precompiled script: map the .fzb, load it (header, checksum, tables, natives bound) and run its first
 * call, for a one-line script and for one of 500 functions, so that the size-dependent part shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImageLoadBenchmark {
    private static final int LARGE_FUNCTIONS = 500;

    @Param({"small", "large"})
    public String size;

    private Library library;
    private Path file;

    @Setup(Level.Trial)
    public void grind() throws IOException {
        library = StandardLibrary.create();
        file = Files.createTempFile("fusabi-jmh-" + size, ".fzb");
        ImageFiles.writeAtomically(file, Compiler.compileToBytes(size + ".fsx", source(), library));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void mapLoadAndRun() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            new Interpreter(Image.load(ImageFiles.map(file, arena), library), Scripts.NOWHERE).run();
        }
    }

    private String source() {
        if (size.equals("small")) {
            return "printfn \"hello\"\n";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LARGE_FUNCTIONS; i++) {
            sb.append("let f").append(i).append(" x = if x > ").append(i).append(" then x * ").append(i)
                    .append(" + 1 else x - ").append(i).append('\n');
        }
        return sb.append("printfn \"%d\" (f0 1)\n").toString();
    }
}
