package org.fusabi.compiler.ast;

/**
 * A 1-based line and column in a source text. The source is null for positions the compiler makes up and for
 * text parsed without a name; a diagnostic at such a position names the file its caller compiles.
 */
public record Pos(int line, int col, Source source) {
    /** No place in the source: an error about the script as a whole. */
    public static final Pos NONE = new Pos(0, 0);

    public Pos(int line, int col) {
        this(line, col, null);
    }

    /** Another place in the same source. */
    public Pos at(int line, int col) {
        return new Pos(line, col, source);
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
