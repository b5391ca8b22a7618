package org.fusabi.vm.printf;

/** A malformed format string; {@link #offset()} is the index of the offending character. */
public final class FormatException extends RuntimeException {
    private final int offset;

    public FormatException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
