package org.fusabi.compiler;

import org.fusabi.compiler.ast.Pos;

/** Something F# warns about in a script that still compiles and runs, shown as {@code file:line:col: warning: message}. */
public record CompileWarning(Pos pos, String message) {
    public String render(String fileName) {
        return fileName + ":" + pos.line() + ":" + pos.col() + ": warning: " + message;
    }
}
