package org.fusabi.vm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders doubles as .NET Core 3.0+ does with the invariant culture, which is what F#'s printf and
 * {@code string} call into. .NET rounds the exact binary value and breaks exact ties to even (Dragon4 in
 * Number.Formatting.cs: "if we are directly in the middle, round towards the even digit"), so
 * {@code (0.125).ToString("F2")} is {@code 0.12}; BigDecimal's HALF_EVEN on the exact value does the same.
 * Negative zero keeps its sign, as it does in .NET Core 3.0+.
 */
public final class DotNetDouble {
    /** .NET widens the switch to scientific notation of shortest round-trip output to this many digits. */
    private static final int ROUND_TRIP_DIGITS = 17;
    private static final int SINGLE_ROUND_TRIP_DIGITS = 9;

    private DotNetDouble() {}

    /**
     * {@code d.ToString("F" + decimals)}: what {@link #fixed(BigDecimal, boolean, int)} makes of d's exact value,
     * computed on d's binary digits with BigInteger alone. A script that prints a float with %f should not pay for
     * BigDecimal's class initialiser, which on JDK 25 computes 5^65536: some 10-30 ms of CPU per run.
     */
    public static String fixed(double d, int decimals) {
        if (!Double.isFinite(d)) return nonFinite(d);
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mantissa = bits & ((1L << 52) - 1);
        if (biased != 0) mantissa |= 1L << 52;
        int exponent = Math.max(biased, 1) - 1075; // |d| = mantissa * 2^exponent
        BigInteger scaled = BigInteger.valueOf(mantissa).multiply(BigInteger.TEN.pow(decimals));
        // Halves round up: floor((x + 2^(k-1)) / 2^k) is x / 2^k rounded half up.
        scaled = exponent >= 0 ? scaled.shiftLeft(exponent) : scaled.add(BigInteger.ONE.shiftLeft(-exponent - 1)).shiftRight(-exponent);
        String digits = scaled.toString();
        StringBuilder out = new StringBuilder(decimals + digits.length() + 3);
        if (isNegative(d)) out.append('-');
        if (decimals == 0) return out.append(digits).toString();
        int whole = digits.length() - decimals;
        if (whole <= 0) {
            out.append("0.");
            out.repeat('0', -whole);
            return out.append(digits).toString();
        }
        return out.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
    }

    /** "F" of the number whose magnitude is abs, rounding half away from zero. */
    public static String fixed(BigDecimal abs, boolean negative, int decimals) {
        String digits = abs.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + digits : digits;
    }

    /** {@code d.ToString("e" + decimals)}: one leading digit and an exponent of at least three digits. */
    public static String exponential(double d, int decimals, char expChar) {
        if (!Double.isFinite(d)) return nonFinite(d);
        return exponential(new BigDecimal(Math.abs(d)), isNegative(d), decimals, expChar);
    }

    /** "e" of the number whose magnitude is abs. */
    public static String exponential(BigDecimal abs, boolean negative, int decimals, char expChar) {
        String digits = "";
        int exponent = 0;
        if (abs.signum() != 0) {
            BigDecimal r = abs.round(new MathContext(decimals + 1, RoundingMode.HALF_UP));
            digits = r.unscaledValue().toString();
            exponent = digits.length() - r.scale() - 1;
        }
        StringBuilder out = new StringBuilder(decimals + 8);
        if (negative) out.append('-');
        out.append(digits.isEmpty() ? '0' : digits.charAt(0));
        if (decimals > 0) out.append('.');
        for (int i = 1; i <= decimals; i++) out.append(i < digits.length() ? digits.charAt(i) : '0');
        appendExponent(out, exponent, expChar, 3);
        return out.toString();
    }

    /** {@code d.ToString("g" + precision)} for {@code precision >= 1}. */
    public static String general(double d, int precision, char expChar) {
        if (!Double.isFinite(d)) return nonFinite(d);
        if (d == 0) return zero(d);
        return general(new BigDecimal(Math.abs(d)), isNegative(d), precision, expChar);
    }

    /** "g" + precision of the non-zero number whose magnitude is abs. */
    public static String general(BigDecimal abs, boolean negative, int precision, char expChar) {
        BigDecimal r = abs.round(new MathContext(precision, RoundingMode.HALF_UP));
        return formatGeneral(negative, r.stripTrailingZeros(), precision, expChar);
    }

    /** {@code d.ToString()} ({@code "G"} or {@code "R"} without precision): the shortest round-trip digits. */
    public static String roundTrip(double d, char expChar) {
        if (!Double.isFinite(d)) return nonFinite(d);
        if (d == 0) return zero(d);
        BigDecimal r = shortest(Math.abs(d));
        return formatGeneral(isNegative(d), r, Math.max(r.precision(), ROUND_TRIP_DIGITS), expChar);
    }

    /** {@code f.ToString()} of a float32: the shortest digits that round-trip as a float32. */
    public static String roundTrip(float f) {
        if (!Float.isFinite(f)) return nonFinite(f);
        if (f == 0) return zero(f);
        BigDecimal r = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
        return formatGeneral(isNegative(f), r, Math.max(r.precision(), SINGLE_ROUND_TRIP_DIGITS), 'E');
    }

    /**
     * Java's Double.toString never prints fewer than two digits, so where it prints two, the one-digit
     * decimal .NET would choose may also round-trip (it differs only for subnormals like 4.9E-324).
     */
    private static BigDecimal shortest(double abs) {
        BigDecimal r = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        if (r.precision() == 2) {
            BigDecimal one = new BigDecimal(abs).round(new MathContext(1, RoundingMode.HALF_UP));
            if (Double.parseDouble(one.toString()) == abs) return one.stripTrailingZeros();
        }
        return r;
    }

    /** .NET's FormatGeneral: plain notation unless the exponent is at least maxDigits or below -4. */
    private static String formatGeneral(boolean negative, BigDecimal r, int maxDigits, char expChar) {
        String digits = r.unscaledValue().toString();
        int n = digits.length();
        int scale = n - r.scale(); // the value is 0.<digits> * 10^scale
        StringBuilder out = new StringBuilder(n + 8);
        if (negative) out.append('-');
        boolean scientific = scale > maxDigits || scale < -3;
        int digPos = scientific ? 1 : scale;
        int i = 0;
        if (digPos > 0) {
            for (; digPos > 0; digPos--) out.append(i < n ? digits.charAt(i++) : '0');
        } else {
            out.append('0');
        }
        if (i < n || digPos < 0) {
            out.append('.');
            for (; digPos < 0; digPos++) out.append('0');
            out.append(digits, i, n);
        }
        if (scientific) appendExponent(out, scale - 1, expChar, 2);
        return out.toString();
    }

    private static void appendExponent(StringBuilder out, int exponent, char expChar, int minDigits) {
        out.append(expChar).append(exponent < 0 ? '-' : '+');
        String digits = Integer.toString(Math.abs(exponent));
        for (int k = digits.length(); k < minDigits; k++) out.append('0');
        out.append(digits);
    }

    private static String zero(double d) {
        return isNegative(d) ? "-0" : "0";
    }

    private static String nonFinite(double d) {
        if (Double.isNaN(d)) return "NaN";
        return d > 0 ? "Infinity" : "-Infinity";
    }

    private static boolean isNegative(double d) {
        return Double.doubleToRawLongBits(d) < 0;
    }
}
