package org.fusabi.compiler.ast;

/** A 1-based line and column in the source text. */
public record Pos(int line, int col) {
    /** No place in the source: an error about the script as a whole. */
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
