package org.fusabi.vm;

/** A function prototype as decoded from an image: frame shape and where its code and line table sit. */
public final class Proto {
    public final int index;
    public final String name;
    public final int nregs;
    public final byte[] paramKinds;
    public final byte retKind;
    /** Capture descriptors (see ImageLayout.capture): what a CLOSURE instruction copies into the new closure. */
    public final int[] captures;
    /** Index, in ints from the image start, of the first instruction. */
    public final int codeStart;
    public final int codeLength;
    /** Byte offset of the line table: one int (line << 12 | column) per instruction word. */
    public final int linesAt;

    public Proto(int index, String name, int nregs, byte[] paramKinds, byte retKind, int[] captures,
                 int codeStart, int codeLength, int linesAt) {
        this.index = index;
        this.name = name;
        this.nregs = nregs;
        this.paramKinds = paramKinds;
        this.retKind = retKind;
        this.captures = captures;
        this.codeStart = codeStart;
        this.codeLength = codeLength;
        this.linesAt = linesAt;
    }

    public int arity() {
        return paramKinds.length;
    }
}
