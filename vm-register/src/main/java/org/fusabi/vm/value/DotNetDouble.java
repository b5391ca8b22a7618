package org.fusabi.vm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders doubles as .NET Core 3.0+ does with the invariant culture, which is what F#'s printf and
 * {@code string} call into: digits of the exact binary value, rounded half away from zero (docs/LANGUAGE.md).
 * Negative zero keeps its sign, as it does in .NET Core 3.0+. Doubles are rendered from their binary digits with
 * BigInteger alone: on JDK 25 BigDecimal's class initialiser computes 5^65536, some 10-30 ms of CPU that a script
 * printing a float should not pay; the BigDecimal forms are for decimals, which have paid it.
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
        long mantissa = mantissa(d);
        int exponent = exponent(d);
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
        Digits r = d == 0 ? new Digits("", 0) : exact(d).round(decimals + 1);
        return exponential(r, isNegative(d), decimals, expChar);
    }

    /** "e" of the number whose magnitude is abs. */
    public static String exponential(BigDecimal abs, boolean negative, int decimals, char expChar) {
        BigDecimal r = abs.signum() == 0 ? null : abs.round(new MathContext(decimals + 1, RoundingMode.HALF_UP));
        return exponential(r == null ? new Digits("", 0) : new Digits(r.unscaledValue().toString(), r.scale()), negative, decimals, expChar);
    }

    /** "e" of r rounded to decimals + 1 digits (no digits for zero). */
    private static String exponential(Digits r, boolean negative, int decimals, char expChar) {
        String digits = r.digits;
        int exponent = digits.isEmpty() ? 0 : digits.length() - r.scale - 1;
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
        return formatGeneral(isNegative(d), exact(d).round(precision).stripped(), precision, expChar);
    }

    /** "g" + precision of the non-zero number whose magnitude is abs. */
    public static String general(BigDecimal abs, boolean negative, int precision, char expChar) {
        BigDecimal r = abs.round(new MathContext(precision, RoundingMode.HALF_UP)).stripTrailingZeros();
        return formatGeneral(negative, new Digits(r.unscaledValue().toString(), r.scale()), precision, expChar);
    }

    /** {@code d.ToString()} ({@code "G"} or {@code "R"} without precision): the shortest round-trip digits. */
    public static String roundTrip(double d, char expChar) {
        if (!Double.isFinite(d)) return nonFinite(d);
        if (d == 0) return zero(d);
        Digits r = shortest(Math.abs(d));
        return formatGeneral(isNegative(d), r, Math.max(r.digits.length(), ROUND_TRIP_DIGITS), expChar);
    }

    /** {@code f.ToString()} of a float32: the shortest digits that round-trip as a float32. */
    public static String roundTrip(float f) {
        if (!Float.isFinite(f)) return nonFinite(f);
        if (f == 0) return zero(f);
        Digits r = Digits.parse(Float.toString(Math.abs(f)));
        return formatGeneral(isNegative(f), r, Math.max(r.digits.length(), SINGLE_ROUND_TRIP_DIGITS), 'E');
    }

    /**
     * Java's Double.toString never prints fewer than two digits, so where it prints two, the one-digit
     * decimal .NET would choose may also round-trip (it differs only for subnormals like 4.9E-324).
     */
    private static Digits shortest(double abs) {
        Digits r = Digits.parse(Double.toString(abs));
        if (r.digits.length() == 2) {
            Digits one = exact(abs).round(1).stripped();
            if (Double.parseDouble(one.digits + "E" + -one.scale) == abs) return one;
        }
        return r;
    }

    /** The exact value of a finite, non-zero |d|. */
    private static Digits exact(double d) {
        BigInteger mantissa = BigInteger.valueOf(mantissa(d));
        int exponent = exponent(d);
        if (exponent >= 0) return new Digits(mantissa.shiftLeft(exponent).toString(), 0);
        // m / 2^k = m * 5^k / 10^k
        return new Digits(mantissa.multiply(BigInteger.valueOf(5).pow(-exponent)).toString(), -exponent);
    }

    /** |d| = mantissa(d) * 2^exponent(d), for finite d. */
    private static long mantissa(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fraction = bits & ((1L << 52) - 1);
        return (bits >>> 52 & 0x7FF) == 0 ? fraction : fraction | 1L << 52;
    }

    private static int exponent(double d) {
        return Math.max((int) (Double.doubleToRawLongBits(d) >>> 52) & 0x7FF, 1) - 1075;
    }

    /** A decimal: digits (no leading zero; none for zero) times 10^-scale, as BigDecimal's unscaled value and scale. */
    private record Digits(String digits, int scale) {
        /** The digits of Java's Double.toString or Float.toString ("123.45", "1.0E-5"), trailing zeros gone. */
        static Digits parse(String text) {
            int e = text.indexOf('E');
            String mantissa = e < 0 ? text : text.substring(0, e);
            int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
            int point = mantissa.indexOf('.');
            String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
            return new Digits(all.substring(lead), mantissa.length() - point - 1 - exponent).stripped();
        }

        /** Rounded half up to at most precision significant digits. */
        Digits round(int precision) {
            int drop = digits.length() - precision;
            if (drop <= 0) return this;
            char[] kept = digits.substring(0, precision).toCharArray();
            if (digits.charAt(precision) >= '5') {
                int i = precision - 1;
                while (i >= 0 && kept[i] == '9') kept[i--] = '0';
                // All nines: 99.5 to two digits is 100, written 10 with one place less.
                if (i < 0) return new Digits("1" + new String(kept, 0, precision - 1), scale - drop - 1);
                kept[i]++;
            }
            return new Digits(new String(kept), scale - drop);
        }

        Digits stripped() {
            int n = digits.length();
            while (n > 1 && digits.charAt(n - 1) == '0') n--;
            return new Digits(digits.substring(0, n), scale - (digits.length() - n));
        }
    }

    /** .NET's FormatGeneral: plain notation unless the exponent is at least maxDigits or below -4. */
    private static String formatGeneral(boolean negative, Digits r, int maxDigits, char expChar) {
        String digits = r.digits;
        int n = digits.length();
        int scale = n - r.scale; // the value is 0.<digits> * 10^scale
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
