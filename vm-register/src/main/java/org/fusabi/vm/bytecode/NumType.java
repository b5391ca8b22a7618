package org.fusabi.vm.bytecode;

/**
 * F#'s primitive numeric types (and char) as the operand of {@link Op#CONV}, {@link Op#BOXN} and {@link Op#UNBOXN}.
 * The code of a type is its ordinal, so the order is part of the image format.
 *
 * <p>How a value sits in a register: an integer type in the INT file (char in the CHAR file) as a long,
 * sign-extended from its width when signed and zero-extended when not, so a {@code byte} is 0..255 and an
 * {@code int32} -2^31..2^31-1, and ordinary 64-bit instructions compare, divide and shift them correctly;
 * {@code uint64} and {@code unativeint} hold their 64 bits, which the unsigned instructions (DIVU, LTU …) read.
 * {@code float32} sits in the FLOAT file as the double equal to it. Arithmetic on a narrow type is the 64-bit
 * instruction followed by a CONV to the type, which wraps (or rounds) the result as .NET does at that width.
 */
public enum NumType {
    INT64(64, true), UINT64(64, false), INT32(32, true), UINT32(32, false), INT16(16, true), UINT16(16, false),
    SBYTE(8, true), BYTE(8, false), CHAR(16, false), NATIVEINT(64, true), UNATIVEINT(64, false),
    FLOAT(0, true), FLOAT32(0, true);

    private static final NumType[] ALL = values();

    /** Width in bits of an integer type; 0 for the floating types. */
    public final int bits;
    public final boolean signed;

    NumType(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    /** The type of a code, or null when the code names none. */
    public static NumType of(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }

    public int code() {
        return ordinal();
    }

    /** The F# name: {@code uint64}, {@code float32} … */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean floating() {
        return bits == 0;
    }

    /** A 64-bit integer whose bits are read unsigned: division, comparison and conversion to float differ. */
    public boolean unsigned64() {
        return bits == 64 && !signed;
    }

    /** The register file a value of this type sits in. */
    public int kind() {
        return floating() ? Kind.FLOAT : this == CHAR ? Kind.CHAR : Kind.INT;
    }

    /** v cut to this integer type's width and extended back to 64 bits, as .NET's conv.i1, conv.u1 … do. */
    public long wrap(long v) {
        return switch (bits) {
            case 8 -> signed ? (byte) v : v & 0xFF;
            case 16 -> signed ? (short) v : v & 0xFFFF;
            case 32 -> signed ? (int) v : v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    /** The smallest value of an integer type, as its register holds it. */
    public long min() {
        return signed ? -1L << (bits - 1) : 0;
    }

    /** The largest value of an integer type, as its register holds it (all ones for the unsigned 64-bit ones). */
    public long max() {
        return signed ? ~(-1L << (bits - 1)) : bits == 64 ? -1L : (1L << bits) - 1;
    }

    /** CONV's C operand: the source type in the high four bits, the target in the low four. */
    public static int conversion(NumType from, NumType to) {
        return from.ordinal() << 4 | to.ordinal();
    }

    /** The source of a CONV operand, or null when it names no type. */
    public static NumType from(int conversion) {
        return of(conversion >>> 4);
    }

    /** The target of a CONV operand, or null when it names no type. */
    public static NumType to(int conversion) {
        return of(conversion & 0xF);
    }
}
