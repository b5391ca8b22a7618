package org.fusabi.embed;

/** A script that does not compile; the message is the diagnostic as {@code fus check} prints it, source line included. */
public final class ScriptCompileException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public ScriptCompileException(String diagnostic, String file, int line, int column) {
        super(diagnostic, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file the mistake is in: the script's name, or a file it loads. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
