package org.fusabi.vm.bytecode;

/** A source position as the line table holds it, one int per code word: the line, then the column in 12 bits. */
public final class SourcePos {
    private SourcePos() {}

    private static final int MAX_COL = 0xFFF;
    /** The last line the word holds: lines take the 20 bits above the column. */
    public static final int MAX_LINE = 0xFFFFF;

    /** The position; columns past the last the word holds are clamped to it. */
    public static int of(int line, int col) {
        return line << 12 | Math.min(col, MAX_COL);
    }

    public static int line(int pos) {
        return pos >>> 12;
    }

    public static int col(int pos) {
        return pos & MAX_COL;
    }

    /** {@code file:line:col}, as errors and traces name a place. */
    public static String where(String file, int pos) {
        return file + ":" + line(pos) + ":" + col(pos);
    }
}
