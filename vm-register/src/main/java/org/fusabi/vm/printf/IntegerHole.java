package org.fusabi.vm.printf;

import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;

/** {@code %d %i %u %x %X %o %B} of a 64-bit int, padded as F#'s printf.fs Integer module does. */
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
        long v = (Long) arg;
        if (plainDecimal) {
            out.append(v);
            return;
        }
        String digits = digits(v);
        boolean positive = !signed || v >= 0;
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

    private String digits(long v) {
        return switch (conversion()) {
            case 'd', 'i' -> Long.toString(v);
            case 'u' -> Long.toUnsignedString(v);
            case 'x' -> Long.toHexString(v);
            case 'X' -> Long.toHexString(v).toUpperCase();
            case 'o' -> Long.toOctalString(v);
            case 'B' -> Long.toBinaryString(v);
            default -> throw new IllegalStateException("not an integer conversion: " + conversion());
        };
    }
}
