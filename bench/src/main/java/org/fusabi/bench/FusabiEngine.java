package org.fusabi.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * Fusabi in this JVM, compiled once outside timing; each timed run is a fresh interpreter on the same image.
 * The image is either the compiler's bytes in memory ({@code fusabi}) or, as {@code fus run x.fzb} has it, a
 * .fzb file mapped read-only ({@code fusabi-fzb}).
 */
final class FusabiEngine extends InProcessEngine {
    private final boolean mapped;

    private FusabiEngine(boolean mapped) {
        this.mapped = mapped;
    }

    static FusabiEngine fromSource() {
        return new FusabiEngine(false);
    }

    static FusabiEngine fromMappedFile() {
        return new FusabiEngine(true);
    }

    @Override
    public String name() {
        return mapped ? Engines.FUSABI_FZB : Engines.FUSABI;
    }

    @Override
    public Optional<String> version() {
        return Optional.of(mapped ? "this build, image mapped from a .fzb file" : "this build, compiled in memory");
    }

    @Override
    protected Loaded load(Program program) throws BenchmarkFailure, IOException {
        Library library = library(program);
        byte[] bytes = compile(program, library);
        if (!mapped) {
            Image image = Image.load(bytes, library);
            return out -> new Interpreter(image, out).run();
        }
        Path file = Files.createTempFile("fusabi-bench-" + program.name(), ".fzb");
        ImageFiles.writeAtomically(file, bytes);
        Arena arena = Arena.ofShared();
        MemorySegment segment = ImageFiles.map(file, arena);
        Image image = Image.load(segment, library);
        return new Loaded() {
            @Override
            public void run(PrintStream out) {
                new Interpreter(image, out).run();
            }

            @Override
            public void close() throws IOException {
                arena.close();
                Files.delete(file);
            }
        };
    }

    /**
     * The standard library and the arguments (none: the programs' own sizes), which the programs read as
     * {@code Env.args}; {@code fus run} grants them too.
     */
    static Library library(Program program) {
        Library library = StandardLibrary.create();
        Grant.arguments(program.name() + ".fsx", List.of()).grantTo(library);
        return library;
    }

    /** The image bytes that {@code fus grind} would write for the program. */
    static byte[] compile(Program program, Library library) throws BenchmarkFailure {
        String fileName = program.name() + ".fsx";
        try {
            return Compiler.compileToBytes(fileName, program.fsxSource(), library);
        } catch (CompileError e) {
            throw new BenchmarkFailure("does not compile: " + e.render(fileName, program.fsxSource()));
        }
    }
}
