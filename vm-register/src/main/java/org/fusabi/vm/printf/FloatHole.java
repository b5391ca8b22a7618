package org.fusabi.vm.printf;

import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.DotNetDouble;

/** {@code %f %F %e %E %g %G}: .NET's "F", "e" and "g" formats, padded as F#'s printf.fs FloatAndDecimal module. */
final class FloatHole extends Hole {
    private static final int DEFAULT_PRECISION = 6;
    /** printf.fs normalizePrecision: .NET accepts no more than 99 digits. */
    private static final int MAX_PRECISION = 99;

    private final int digits;

    FloatHole(char conversion, boolean leftJustify, boolean zeroPad, char signFlag, int width, int precision) {
        super(conversion, leftJustify, zeroPad, signFlag, width, precision);
        this.digits = precision == UNSPECIFIED ? DEFAULT_PRECISION : Math.min(precision, MAX_PRECISION);
    }

    @Override
    public ArgKind kind() {
        return ArgKind.FLOAT;
    }

    @Override
    void appendTo(StringBuilder out, Object arg) {
        double d = (Double) arg;
        String text = text(d);
        boolean number = Double.isFinite(d);
        // -0.0 >= 0.0, so F# prints %+f of -0.0 as "+-0.000000"; so do we
        boolean positive = d >= 0.0;
        String prefix = positivePrefix();
        String signed = number && positive ? prefix + text : text;
        if (!hasWidth()) {
            out.append(signed);
        } else if (leftJustify()) {
            Pad.right(out, signed, width(), leftPadChar(d, number));
        } else if (zeroPad() && number) {
            Pad.zeros(out, text, positive, prefix, width());
        } else {
            Pad.left(out, signed, width(), ' ');
        }
    }

    private String text(double d) {
        return switch (conversion()) {
            case 'f', 'F' -> DotNetDouble.fixed(d, digits);
            case 'e', 'E' -> DotNetDouble.exponential(d, digits, conversion());
            case 'g', 'G' -> {
                char expChar = conversion() == 'g' ? 'e' : 'E';
                // .NET reads "g0" as "g": the shortest round-trip form
                yield digits == 0 ? DotNetDouble.roundTrip(d, expChar) : DotNetDouble.general(d, digits, expChar);
            }
            default -> throw new IllegalStateException("not a float conversion: " + conversion());
        };
    }

    /**
     * Unlike integers, F# pads left-justified floats with zeros when asked ({@code %-08.3f} of 3.14159 is
     * "3.142000"), except NaN and infinities, and integral values under %g, where the zeros would change
     * the number (printf.fs leftJustifyWithGFormat).
     */
    private char leftPadChar(double d, boolean number) {
        if (!zeroPad() || !number) return ' ';
        boolean gFormat = conversion() == 'g' || conversion() == 'G';
        return gFormat && d % 1.0 == 0.0 ? ' ' : '0';
    }
}
