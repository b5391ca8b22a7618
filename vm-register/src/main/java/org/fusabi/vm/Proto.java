package org.fusabi.vm;

/**
 * A verified function prototype: frame shape, capture layout and its code, copied from the image when the
 * function was first entered. Only {@link org.fusabi.vm.image.ImageVerifier} makes them, so the interpreter can
 * trust every operand of {@link #code}.
 */
public final class Proto {
    public final int index;
    public final String name;
    public final int nregs;
    public final byte[] paramKinds;
    public final byte retKind;
    /** Capture descriptors (see ImageLayout.capture): what a CLOSURE instruction copies into the new closure. */
    public final int[] captures;
    /** The instructions (extra words included); pc values are indexes into this array. */
    public final int[] code;
    /** Byte offset in the image of the line table: one int (line << 12 | column) per code word. */
    public final long linesAt;

    /** Interpreted calls so far, until the {@link Jit} translates the function or gives up ({@link Jit#NEVER}). */
    int jitCalls;
    /** Backward jumps taken by interpreted activations, until a loop is entered translated ({@link Jit#LOOP_THRESHOLD}). */
    int jitLoops;
    /**
     * The translated function, once the {@link Jit} made it. One object with final fields, so that another thread
     * sees it whole or not at all.
     */
    Jit.Translation jit;

    public Proto(int index, String name, int nregs, byte[] paramKinds, byte retKind, int[] captures, int[] code, long linesAt) {
        this.index = index;
        this.name = name;
        this.nregs = nregs;
        this.paramKinds = paramKinds;
        this.retKind = retKind;
        this.captures = captures;
        this.code = code;
        this.linesAt = linesAt;
    }

    public int arity() {
        return paramKinds.length;
    }
}
