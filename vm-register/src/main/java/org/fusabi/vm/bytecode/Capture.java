package org.fusabi.vm.bytecode;

/**
 * A capture descriptor: what a CLOSURE instruction copies into one slot of the new closure. The {@link Kind} of
 * the value (u8), where from (u8: 0 a register of the enclosing frame, 1 a capture of the enclosing closure), and
 * the index of that register or capture (u16).
 */
public final class Capture {
    private Capture() {}

    public static int descriptor(int kind, boolean fromCapture, int index) {
        return kind | (fromCapture ? 1 : 0) << 8 | index << 16;
    }

    public static int kind(int descriptor) {
        return descriptor & 0xFF;
    }

    public static boolean fromCapture(int descriptor) {
        return source(descriptor) != 0;
    }

    public static int index(int descriptor) {
        return descriptor >>> 16;
    }

    /** Whether an image's descriptor names a kind and one of the two places to copy from. */
    public static boolean valid(int descriptor) {
        return Kind.valid(kind(descriptor)) && source(descriptor) <= 1;
    }

    private static int source(int descriptor) {
        return descriptor >>> 8 & 0xFF;
    }
}
