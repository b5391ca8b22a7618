package org.fusabi.vm.printf;

import java.math.BigDecimal;
import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.DotNetDecimal;
import org.fusabi.vm.value.DotNetDouble;

/** {@code %f %F %e %E %g %G} of a float, float32 or decimal, and {@code %M} of a decimal: .NET's "F", "e" and "g" formats, padded as F#'s printf.fs FloatAndDecimal module. */
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
        return conversion() == 'M' ? ArgKind.DECIMAL : ArgKind.FLOAT;
    }

    @Override
    void appendTo(StringBuilder out, Object arg) {
        String text = text(arg);
        boolean number = !(arg instanceof Double d && !Double.isFinite(d) || arg instanceof Float f && !Float.isFinite(f));
        // -0.0 >= 0.0, so F# prints %+f of -0.0 as "+-0.000000"; so do we
        boolean positive = arg instanceof BigDecimal m ? m.signum() >= 0 : ((Number) arg).doubleValue() >= 0.0;
        String prefix = positivePrefix();
        String signed = number && positive ? prefix + text : text;
        if (!hasWidth()) {
            out.append(signed);
        } else if (leftJustify()) {
            Pad.right(out, signed, width(), leftPadChar(arg, number));
        } else if (zeroPad() && number) {
            Pad.zeros(out, text, positive, prefix, width());
        } else {
            Pad.left(out, signed, width(), ' ');
        }
    }

    /** The .NET format of a float, float32 or decimal; %M is the decimal's own ToString. */
    private String text(Object arg) {
        if (arg instanceof BigDecimal m) {
            if (conversion() == 'M') return DotNetDecimal.toString(m);
            return text(m.abs(), m.signum() < 0, m.signum() == 0);
        }
        if (arg instanceof Float f && (conversion() == 'g' || conversion() == 'G') && digits == 0) return DotNetDouble.roundTrip(f);
        double d = ((Number) arg).doubleValue();
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

    private String text(BigDecimal abs, boolean negative, boolean zero) {
        return switch (conversion()) {
            case 'f', 'F' -> DotNetDouble.fixed(abs, negative, digits);
            case 'e', 'E' -> DotNetDouble.exponential(abs, negative, digits, conversion());
            default -> zero ? "0" : DotNetDouble.general(abs, negative, digits == 0 ? DotNetDecimal.MAX_SCALE + 1 : digits, conversion() == 'g' ? 'e' : 'E');
        };
    }

    /**
     * Unlike integers, F# pads left-justified floats with zeros when asked ({@code %-08.3f} of 3.14159 is
     * "3.142000"), except NaN and infinities, and integral values under %g, where the zeros would change
     * the number (printf.fs leftJustifyWithGFormat).
     */
    private char leftPadChar(Object arg, boolean number) {
        if (!zeroPad() || !number) return ' ';
        boolean gFormat = conversion() == 'g' || conversion() == 'G';
        boolean integral = arg instanceof BigDecimal m ? m.stripTrailingZeros().scale() <= 0 : ((Number) arg).doubleValue() % 1.0 == 0.0;
        return gFormat && integral ? ' ' : '0';
    }
}
