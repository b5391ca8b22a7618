package org.fusabi.bench;

import java.util.Optional;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;

/** Fusabi in this JVM: compiled once outside timing; each timed run is a fresh interpreter on the same image. */
final class FusabiEngine extends InProcessEngine {

    @Override
    public String name() {
        return "fusabi";
    }

    @Override
    public Optional<String> version() {
        return Optional.of("this build");
    }

    @Override
    protected Loaded load(Program program) throws BenchmarkFailure {
        String fileName = program.name() + ".fsx";
        try {
            // var: the image's class belongs to the VM (it has moved package once); the harness only hands it on.
            var image = Compiler.compile(fileName, program.fsxSource());
            return out -> new Interpreter(image, out).run();
        } catch (CompileError e) {
            throw new BenchmarkFailure("does not compile: " + e.render(fileName, program.fsxSource()));
        }
    }
}
