package org.fusabi.compiler;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;

/**
 * F#'s {@code __SOURCE_DIRECTORY__}, {@code __SOURCE_FILE__} and {@code __LINE__}: string literals of where they are
 * written, the directory absolute as F# Interactive gives it (the working directory for a source with no file, such
 * as the REPL's), the file by its name alone, the line as its number's text.
 */
final class SourceIdentifiers {
    private SourceIdentifiers() {}

    /** The literal the identifier stands for, or null for any other word. */
    static String value(String word, Source source, Pos at) {
        return switch (word) {
            case "__LINE__" -> String.valueOf(at.line());
            case "__SOURCE_FILE__" -> file(source) == null ? name(source) : file(source).getFileName().toString();
            case "__SOURCE_DIRECTORY__" -> {
                Path file = file(source);
                Path dir = file == null ? null : file.toAbsolutePath().getParent();
                yield (dir != null ? dir : Path.of("").toAbsolutePath()).toString();
            }
            default -> null;
        };
    }

    private static String name(Source source) {
        return source == null ? "stdin" : source.name();
    }

    /** The file a source was read from, or null when its name is not a path (stdin, an embedding host's label). */
    private static Path file(Source source) {
        if (source == null || source.name().equals("stdin")) return null;
        try {
            return Path.of(source.name());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
