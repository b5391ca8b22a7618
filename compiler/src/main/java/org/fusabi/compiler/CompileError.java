package org.fusabi.compiler;

import org.fusabi.compiler.ast.Pos;
import org.fusabi.vm.Excerpt;

/** A mistake in the user's script, reported as {@code file:line:col: error: message}. */
public final class CompileError extends RuntimeException {
    private final Pos pos;

    public CompileError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }

    /** The name of the file the error is in: its position's source, else the file being compiled. */
    public String fileName(String compiled) {
        return pos.source() != null ? pos.source().name() : compiled;
    }

    /** How much of a long source line a diagnostic shows around the column. */
    private static final int SHOWN = 100;

    /**
     * The diagnostic as a user sees it: location, message, the offending line and a caret under the column. Of a
     * long line only the part around the column is shown, and control characters are escaped wherever they are.
     * The position's own source (a file {@code #load} read) wins over the file being compiled, named otherwise.
     */
    public String render(String fileName, String source) {
        return renderNamed(fileName(fileName), source);
    }

    /** The diagnostic naming the file {@code shownName}: for a caller that shows file names from another folder. */
    public String renderNamed(String shownName, String source) {
        String head = shownName + (pos.equals(Pos.NONE) ? "" : ":" + pos) + ": error: " + Excerpt.escaped(getMessage());
        String line = line(pos.source() != null ? pos.source().text() : source, pos.line());
        if (line == null) return head;
        int at = Math.max(0, Math.min(pos.col() - 1, line.length()));
        int from = Math.max(0, Math.min(at - SHOWN / 2, line.length() - SHOWN));
        int to = Math.min(line.length(), from + SHOWN);
        String before = (from > 0 ? "..." : "") + Excerpt.escaped(line.substring(from, at));
        String after = Excerpt.escaped(line.substring(at, to)) + (to < line.length() ? "..." : "");
        return head + "\n" + before + after + "\n" + " ".repeat(before.length()) + "^";
    }

    /** Line n (from 1) of the source without its line break, or null when there is no such line. */
    private static String line(String source, int n) {
        int start = 0;
        for (int k = 1; k < n; k++) {
            start = source.indexOf('\n', start) + 1;
            if (start == 0) return null;
        }
        if (n < 1) return null;
        int end = source.indexOf('\n', start);
        if (end < 0) end = source.length();
        if (end > start && source.charAt(end - 1) == '\r') end--;
        return source.substring(start, end);
    }
}
