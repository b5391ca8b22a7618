package org.fusabi.bench.jmh;

import java.io.OutputStream;
import java.io.PrintStream;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;

/** What every micro-benchmark does with its script: compile it once, run it in fresh interpreters, output discarded. */
final class Scripts {
    /** Printing is not what these benchmarks measure. */
    static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private Scripts() {
    }

    static Image compile(String name, String source, Library library) {
        return Image.load(Compiler.compileToBytes(name + ".fsx", source, library), library);
    }

    static Interpreter run(Image image) {
        Interpreter interpreter = new Interpreter(image, NOWHERE);
        interpreter.run();
        return interpreter;
    }
}
