package org.fusabi.vm.value;

import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;

/**
 * Register values of the primitive numeric types ({@link NumType}): their boxes, and the conversions between them
 * with .NET's rules, which CONV runs (and translated code calls for the rarer pairs).
 */
public final class Numbers {
    private static final double TWO_TO_63 = 0x1p63;
    private static final double TWO_TO_64 = 0x1p64;

    private Numbers() {}

    /** The box of a primitive register value of the kind (a {@link Kind} other than REF). */
    public static Object box(int kind, long bits) {
        if (kind == Kind.BOOL) return bits != 0;
        return box(NumType.ofKind(kind), bits);
    }

    /**
     * The primitive register value of a box of the kind; a ClassCastException on a box of another type. Null, the
     * default value generic code made ({@code Unchecked.defaultof<'T>}: its type is erased), is the kind's zero, as
     * .NET's default of a value type.
     */
    public static long unbox(int kind, Object box) {
        if (box == null) return 0;
        if (kind == Kind.BOOL) return (Boolean) box ? 1 : 0;
        return unbox(NumType.ofKind(kind), box);
    }

    /** The box of a register value of type t. */
    public static Object box(NumType t, long bits) {
        return switch (t) {
            case INT64 -> bits;
            case INT32 -> (int) bits;
            case INT16 -> (short) bits;
            case SBYTE -> (byte) bits;
            case CHAR -> (char) bits;
            case FLOAT -> Double.longBitsToDouble(bits);
            case FLOAT32 -> (float) Double.longBitsToDouble(bits);
            default -> new BoxedInt(t, bits);
        };
    }

    /** The register value of a box of type t (a ClassCastException on a box of another type, as UNBOXI's). */
    public static long unbox(NumType t, Object box) {
        return switch (t) {
            case INT64 -> (Long) box;
            case INT32 -> (Integer) box;
            case INT16 -> (Short) box;
            case SBYTE -> (Byte) box;
            case CHAR -> (Character) box;
            case FLOAT -> Double.doubleToRawLongBits((Double) box);
            case FLOAT32 -> Double.doubleToRawLongBits((Float) box);
            default -> {
                BoxedInt b = (BoxedInt) box;
                if (b.type() != t) throw new ClassCastException(b.type() + " is not " + t);
                yield b.bits();
            }
        };
    }

    /** The type of a boxed primitive number or char, or null for any other value. */
    public static NumType typeOf(Object box) {
        return switch (box) {
            case Long l -> NumType.INT64;
            case Double d -> NumType.FLOAT;
            case Integer i -> NumType.INT32;
            case Float f -> NumType.FLOAT32;
            case Short s -> NumType.INT16;
            case Byte b -> NumType.SBYTE;
            case Character c -> NumType.CHAR;
            case BoxedInt b -> b.type();
            case null, default -> null;
        };
    }

    /**
     * A register value of type {@code from} converted to type {@code to}, as F#'s conversion functions do: integers
     * wrap to the target's width (signed sources sign-extended first, FSharp.Core's conv.i8), floats truncate toward
     * zero and saturate at the target's range with NaN as 0 (.NET 9's conversions), float32 rounds to nearest.
     */
    public static long convert(long v, NumType from, NumType to) {
        if (to.floating()) {
            double d = from.floating() ? Double.longBitsToDouble(v) : from.unsigned64() ? unsignedToDouble(v) : (double) v;
            // A signed integer rounds to float32 directly (conv.r4); others through the double, as .NET does.
            if (to == NumType.FLOAT32) d = from.floating() || from.unsigned64() ? (float) d : (float) v;
            return Double.doubleToRawLongBits(d);
        }
        if (!from.floating()) return to.wrap(v);
        double d = Double.longBitsToDouble(v);
        if (to.unsigned64()) {
            if (!(d > 0)) return 0;
            if (d >= TWO_TO_64) return -1L;
            return d >= TWO_TO_63 ? (long) (d - TWO_TO_63) ^ Long.MIN_VALUE : (long) d;
        }
        long t = (long) d;
        return to.bits == 64 ? t : Math.max(to.min(), Math.min(to.max(), t));
    }

    /** The unsigned 64-bit value of bits as the nearest double. */
    public static double unsignedToDouble(long bits) {
        if (bits >= 0) return bits;
        // Halve keeping the lowest bit sticky, so the one rounding is the final one.
        return ((bits >>> 1) | (bits & 1)) * 2.0;
    }
}
