package org.fusabi.compiler;

import org.fusabi.compiler.ast.Pos;

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

    /**
     * The diagnostic as a user sees it: location, message, the offending line and a caret under the column. The
     * position's own source (a file {@code #load} read) wins over the file being compiled, which is named otherwise.
     */
    public String render(String fileName, String source) {
        return renderNamed(fileName(fileName), source);
    }

    /** The diagnostic naming the file {@code shownName}: for a caller that shows file names from another folder. */
    public String renderNamed(String shownName, String source) {
        String text = pos.source() != null ? pos.source().text() : source;
        StringBuilder sb = new StringBuilder();
        sb.append(shownName).append(':').append(pos.line()).append(':').append(pos.col())
          .append(": error: ").append(getMessage());
        String[] lines = text.split("\r?\n", -1);
        if (pos.line() >= 1 && pos.line() <= lines.length) {
            String line = lines[pos.line() - 1];
            sb.append('\n').append(line).append('\n');
            sb.append(" ".repeat(Math.max(0, Math.min(pos.col() - 1, line.length())))).append('^');
        }
        return sb.toString();
    }
}
