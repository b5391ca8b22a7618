package org.fusabi.vm.image;

/**
 * A verified function prototype: frame shape, capture layout and its code, copied from the image when the
 * function was first entered. Only {@link ImageVerifier} makes them, so the interpreter can trust every operand of
 * {@link #code}; the interpreter keeps its own state of a function (call counts, translated code) apart from it.
 */
public final class Proto {
    public final int index;
    public final String name;
    public final int nregs;
    public final byte[] paramKinds;
    public final byte retKind;
    /** Capture descriptors ({@link org.fusabi.vm.bytecode.Capture}): what a CLOSURE instruction copies into the new closure. */
    public final int[] captures;
    /** The instructions (extra words included); pc values are indexes into this array. Read, never written. */
    public final int[] code;
    /** The line table: one {@link org.fusabi.vm.bytecode.SourcePos} per code word. */
    final int[] lines;

    Proto(int index, String name, int nregs, byte[] paramKinds, byte retKind, int[] captures, int[] code, int[] lines) {
        this.index = index;
        this.name = name;
        this.nregs = nregs;
        this.paramKinds = paramKinds;
        this.retKind = retKind;
        this.captures = captures;
        this.code = code;
        this.lines = lines;
    }

    public int arity() {
        return paramKinds.length;
    }
}
