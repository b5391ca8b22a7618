package org.fusabi.embed;

/** A script that does not compile; the message is the diagnostic as {@code fus check} prints it, source line included. */
public final class ScriptCompileException extends RuntimeException {
    private final int line;
    private final int column;

    public ScriptCompileException(String diagnostic, int line, int column) {
        super(diagnostic, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
