package org.fusabi.compiler;

import org.fusabi.compiler.ast.Pos;

/** Something F# warns about in a script that still compiles and runs, shown as {@code file:line:col: warning: message}. */
public record CompileWarning(Pos pos, String message) {
    /** The warning naming its position's own source (a file {@code #load} read), else the file being compiled. */
    public String render(String fileName) {
        return renderNamed(pos.source() != null ? pos.source().name() : fileName);
    }

    /** The warning naming the file {@code shownName}: for a caller that shows file names from another folder. */
    public String renderNamed(String shownName) {
        return shownName + ":" + pos.line() + ":" + pos.col() + ": warning: " + message;
    }
}
