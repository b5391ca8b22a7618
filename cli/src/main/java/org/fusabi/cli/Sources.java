package org.fusabi.cli;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
    static byte[] compile(Path file, String scriptName, byte[] content, Library library, PrintStream err) {
        String source = text(file, content, err);
        if (source == null) return null;
        try {
            return Compiler.compileToBytes(scriptName, source, library, w -> err.println(w.render(file.toString())));
        } catch (CompileError e) {
            err.println(e.render(file.toString(), source));
            return null;
        }
    }

    /** True when the script type-checks; otherwise prints the error. */
    static boolean check(Path file, byte[] content, Library library, PrintStream err) {
        String source = text(file, content, err);
        if (source == null) return false;
        try {
            Compiler.check(source, library, w -> err.println(w.render(file.toString())));
            return true;
        } catch (CompileError e) {
            err.println(e.render(file.toString(), source));
            return false;
        }
    }

    /** The file's text, or null after naming the line and column where it stops being UTF-8. */
    private static String text(Path file, byte[] content, PrintStream err) {
        ByteBuffer in = ByteBuffer.wrap(content);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            err.printf("%s:%d:%d: error: the file is not UTF-8 text (byte 0x%02X)%n", file, line, at - lineStart + 1, content[at] & 0xFF);
            return null;
        }
    }
}
