package org.fusabi.cli;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fusabi.cli.repl.Repl;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;
import org.fusabi.compiler.load.FileAccess;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Capability;

/**
 * Everything the command needs from the compiler. {@link Main} reaches this class only for source files, so
 * running an image never loads a compiler class (start-up: see docs/BENCHMARKS.md). {@code #load} reads files where
 * the command grants scripts file access, as {@code dotnet fsi} does (not under {@code --sandbox}).
 */
final class Sources {
    private Sources() {}

    /**
     * The image bytes of a script, or null after printing its compile error. The image names the script and the
     * files it loads relative to {@code folder} (the working directory for {@code fus run}, the script's folder for
     * {@code fus grind}, so that the image does not depend on where it was made); diagnostics name them from the
     * working directory either way.
     */
    static byte[] compile(Path file, Path folder, byte[] content, Library library, PrintStream err) {
        String source = text(file, content, err);
        if (source == null) return null;
        String name = folder.toString().isEmpty() ? file.toString() : file.getFileName().toString();
        try {
            return Compiler.compileToBytes(new Source(name, source), loads(library, folder), library,
                    w -> err.println(w.renderNamed(shown(w.pos(), folder, file))));
        } catch (CompileError e) {
            err.println(render(e, folder, file, source));
            return null;
        }
    }

    /** True when the script and the files it loads type-check; otherwise prints the error. */
    static boolean check(Path file, byte[] content, Library library, PrintStream err) {
        String source = text(file, content, err);
        if (source == null) return false;
        try {
            Compiler.check(new Source(file.toString(), source), loads(library, Path.of("")), library,
                    w -> err.println(w.renderNamed(shown(w.pos(), Path.of(""), file))));
            return true;
        } catch (CompileError e) {
            err.println(render(e, Path.of(""), file, source));
            return false;
        }
    }

    /** How {@code #load} reads files: as {@code fus} reads scripts where the library grants file access (not under --sandbox). */
    private static FileAccess loads(Library library, Path folder) {
        return library.grants(Capability.FILES) ? new ScriptFiles(folder) : FileAccess.NONE;
    }

    /** The REPL, whose {@code #load} reads files from the working directory. */
    static Repl repl(PrintStream out, PrintStream err) {
        return new Repl(out, err, new ScriptFiles(Path.of("")));
    }

    private static String render(CompileError e, Path folder, Path file, String source) {
        return e.renderNamed(shown(e.pos(), folder, file), source);
    }

    /** The file a position is in, named from the working directory: the script, or a file it loads. */
    private static String shown(Pos pos, Path folder, Path file) {
        return pos.source() == null ? file.toString() : folder.resolve(pos.source().name()).toString();
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
