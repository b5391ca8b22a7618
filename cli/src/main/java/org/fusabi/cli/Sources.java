package org.fusabi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Library;

/**
 * Everything the command needs from the compiler. {@link Main} reaches this class only for source files, so
 * running an image never loads a compiler class (start-up: see docs/BENCHMARKS.md).
 */
final class Sources {
    private Sources() {}

    /** The image bytes of a script, or null after printing its compile error. */
    static byte[] compile(Path file, String scriptName, Library library, PrintStream err) throws IOException {
        String source = Files.readString(file);
        try {
            return Compiler.compileToBytes(scriptName, source, library);
        } catch (CompileError e) {
            err.println(e.render(file.toString(), source));
            return null;
        }
    }

    /** True when the script type-checks; otherwise prints the error. */
    static boolean check(Path file, Library library, PrintStream err) throws IOException {
        String source = Files.readString(file);
        try {
            Compiler.check(source, library);
            return true;
        } catch (CompileError e) {
            err.println(e.render(file.toString(), source));
            return false;
        }
    }
}
