package org.fusabi.compiler.ast;

/**
 * A source text and the name diagnostics give it (a path as the user or a {@code #load} wrote it, or {@code stdin}).
 * Positions point into one, so an error in a loaded file names that file. Sources are told apart by identity, not
 * by name: every input of a REPL session is a source of its own called {@code stdin}.
 */
public final class Source {
    private final String name;
    private final String text;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The number of lines, counting a last line without a line break. */
    public int lineCount() {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return name;
    }
}
