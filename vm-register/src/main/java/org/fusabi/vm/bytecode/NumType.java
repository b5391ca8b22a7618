package org.fusabi.vm.bytecode;

/**
 * F#'s primitive numeric types and char, each held in the P file with a {@link Kind} of its own; a kind is the
 * operand of {@link Op#BOXN} and {@link Op#UNBOXN}, and a pair of them that of {@link Op#CONV}.
 *
 * <p>How a value sits in its register: an integer type (char included) as a long, sign-extended from its width
 * when signed and zero-extended when not, so a {@code byte} is 0..255 and an {@code int32} -2^31..2^31-1, and
 * ordinary 64-bit instructions compare, divide and shift them correctly; {@code uint64} and {@code unativeint} hold
 * their 64 bits, which the unsigned instructions (DIVU, LTU …) read. {@code float32} is the double equal to it.
 * Arithmetic on a narrow type is the 64-bit or double instruction followed by a CONV to the type, which wraps (or
 * rounds) the result as .NET does at that width.
 */
public enum NumType {
    INT64(Kind.INT, 64, true), FLOAT(Kind.FLOAT, 0, true), CHAR(Kind.CHAR, 16, false),
    SBYTE(Kind.SBYTE, 8, true), BYTE(Kind.BYTE, 8, false), INT16(Kind.INT16, 16, true), UINT16(Kind.UINT16, 16, false),
    INT32(Kind.INT32, 32, true), UINT32(Kind.UINT32, 32, false), UINT64(Kind.UINT64, 64, false),
    NATIVEINT(Kind.NATIVEINT, 64, true), UNATIVEINT(Kind.UNATIVEINT, 64, false), FLOAT32(Kind.FLOAT32, 0, true);

    private static final NumType[] BY_KIND = new NumType[16];

    static {
        for (NumType t : values()) BY_KIND[t.kind] = t;
    }

    /** The register kind of this type's values. */
    public final int kind;
    /** Width in bits of an integer type; 0 for the floating types. */
    public final int bits;
    public final boolean signed;

    NumType(int kind, int bits, boolean signed) {
        this.kind = kind;
        this.bits = bits;
        this.signed = signed;
    }

    /** The type of a register kind, or null for ref, bool and codes that name no kind. */
    public static NumType ofKind(int kind) {
        return kind >= 0 && kind < BY_KIND.length ? BY_KIND[kind] : null;
    }

    public boolean floating() {
        return bits == 0;
    }

    /** A 64-bit integer whose bits are read unsigned: division, comparison and conversion to float differ. */
    public boolean unsigned64() {
        return bits == 64 && !signed;
    }

    /** The F# name: {@code uint64}, {@code float32} … ({@code int64} is Fusabi's {@code int}). */
    @Override
    public String toString() {
        return this == INT64 ? "int" : name().toLowerCase(java.util.Locale.ROOT);
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

    /** CONV's C operand: the source type's kind in the high four bits, the target's in the low four. */
    public static int conversion(NumType from, NumType to) {
        return from.kind << 4 | to.kind;
    }

    /** The source of a CONV operand, or null when it names no type. */
    public static NumType from(int conversion) {
        return ofKind(conversion >>> 4);
    }

    /** The target of a CONV operand, or null when it names no type. */
    public static NumType to(int conversion) {
        return ofKind(conversion & 0xF);
    }
}
