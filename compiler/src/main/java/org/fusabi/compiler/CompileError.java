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

    /** The diagnostic as a user sees it: location, message, the offending line and a caret under the column. */
    public String render(String fileName, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(fileName).append(':').append(pos.line()).append(':').append(pos.col())
          .append(": error: ").append(getMessage());
        String[] lines = source.split("\r?\n", -1);
        if (pos.line() >= 1 && pos.line() <= lines.length) {
            String line = lines[pos.line() - 1];
            sb.append('\n').append(line).append('\n');
            sb.append(" ".repeat(Math.max(0, Math.min(pos.col() - 1, line.length())))).append('^');
        }
        return sb.toString();
    }
}
