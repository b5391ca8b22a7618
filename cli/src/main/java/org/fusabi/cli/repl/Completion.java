package org.fusabi.cli.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fusabi.compiler.typecheck.NamesInScope;

/**
 * What Tab offers for a partial line, as F# Interactive completes: a directive after {@code #} at the start of an
 * input, the members of a module or of a value of known type after a dot ({@code List.ma}, {@code p.X},
 * {@code Geometry.ar}), and otherwise the names in scope. Nothing inside a string or a comment, nor after an
 * expression that is not a dotted name ({@code (f x).}). The line is any text: completion never throws.
 */
final class Completion {
    /** The names that may replace the text from {@code from} to the cursor. */
    record Candidates(int from, List<String> names) {
        static final Candidates NONE = new Candidates(0, List.of());
    }

    private static final List<String> DIRECTIVES = List.of("#help", "#load", "#quit", "#time");

    private Completion() {}

    /** {@code scope} is asked only when names are needed: it type-checks what the session has accepted. */
    static Candidates complete(String line, int cursor, Supplier<NamesInScope> scope) {
        try {
            return candidates(line.substring(0, Math.max(0, Math.min(cursor, line.length()))), scope);
        } catch (RuntimeException e) {
            // a session whose names cannot be listed offers none rather than breaking the line being typed
            return Candidates.NONE;
        }
    }

    private static Candidates candidates(String before, Supplier<NamesInScope> scope) {
        // A character appended after the cursor is hidden by the mask exactly when the cursor is in a string or comment.
        if (CodeMask.of(before + "x").endsWith(" ")) return Candidates.NONE;
        int start = before.length();
        while (start > 0 && isIdentifierPart(before.charAt(start - 1))) start--;
        String partial = before.substring(start);
        if (start > 0 && before.charAt(start - 1) == '#') {
            return before.substring(0, start - 1).isBlank() ? matching(start - 1, "#" + partial, DIRECTIVES) : Candidates.NONE;
        }
        List<String> path = pathBefore(before, start);
        if (path == null) return Candidates.NONE;
        NamesInScope names = scope.get();
        return matching(start, partial, path.isEmpty() ? names.names() : names.members(path));
    }

    /** The dotted name before a member being completed ({@code Geometry} in {@code Geometry.ar}); empty for none, null when it is not a name. */
    private static List<String> pathBefore(String before, int start) {
        List<String> path = new ArrayList<>();
        int end = start;
        while (end > 0 && before.charAt(end - 1) == '.') {
            int from = end - 1;
            while (from > 0 && isIdentifierPart(before.charAt(from - 1))) from--;
            String part = before.substring(from, end - 1);
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) return null;
            path.addFirst(part);
            end = from;
        }
        return path;
    }

    private static Candidates matching(int from, String partial, List<String> names) {
        return new Candidates(from, names.stream().filter(n -> n.startsWith(partial)).toList());
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }
}
