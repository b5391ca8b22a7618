package org.fusabi.vm.printf;

import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.Numbers;

/** {@code %d %i %u %x %X %o %B} of any basic integer type, padded as F#'s printf.fs Integer module does. */
final class IntegerHole extends Hole {
    /** A bare {@code %d} or {@code %i}: by far the most common hole, written without building a string. */
    private final boolean plainDecimal;
    /** Only {@code %d} and {@code %i} are signed; the others print the two's complement bits, as .NET does. */
    private final boolean signed;

    IntegerHole(char conversion, boolean leftJustify, boolean zeroPad, char signFlag, int width) {
        super(conversion, leftJustify, zeroPad, signFlag, width, UNSPECIFIED);
        this.signed = conversion == 'd' || conversion == 'i';
        this.plainDecimal = signed && signFlag == 0 && width == UNSPECIFIED;
    }

    @Override
    public ArgKind kind() {
        return ArgKind.INT;
    }

    @Override
    void appendTo(StringBuilder out, Object arg) {
        if (plainDecimal && arg instanceof Long v) {
            out.append((long) v);
            return;
        }
        NumType type = Numbers.typeOf(arg);
        long v = Numbers.unbox(type, arg);
        String digits = digits(v, type);
        boolean positive = !signed || !type.signed || v >= 0;
        String prefix = positivePrefix();
        if (!hasWidth()) {
            if (positive) out.append(prefix);
            out.append(digits);
        } else if (leftJustify()) {
            // F# never pads a left-justified integer with zeros
            Pad.right(out, positive ? prefix + digits : digits, width(), ' ');
        } else if (zeroPad()) {
            Pad.zeros(out, digits, positive, prefix, width());
        } else {
            Pad.left(out, positive ? prefix + digits : digits, width(), ' ');
        }
    }

    /** The digits of v, a register value of the type: all but %d and %i read its bits at the type's width unsigned. */
    private String digits(long v, NumType type) {
        long bits = type.bits == 64 ? v : v & ((1L << type.bits) - 1);
        return switch (conversion()) {
            case 'd', 'i' -> type.signed ? Long.toString(v) : Long.toUnsignedString(v);
            case 'u' -> Long.toUnsignedString(bits);
            case 'x' -> Long.toHexString(bits);
            case 'X' -> Long.toHexString(bits).toUpperCase();
            case 'o' -> Long.toOctalString(bits);
            case 'B' -> Long.toBinaryString(bits);
            default -> throw new IllegalStateException("not an integer conversion: " + conversion());
        };
    }
}
