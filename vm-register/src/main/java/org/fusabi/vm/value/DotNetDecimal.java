package org.fusabi.vm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * .NET's {@code System.Decimal} on BigDecimal: a 96-bit integer scaled by 10^0..10^28. Sums and products are
 * exact and keep their scale ({@code 2.0M * 3.00M} is {@code 6.000M}); a result with more digits than that holds
 * rounds half to even to the scale that fits, and one past 2^96 overflows; a quotient is the exact one with the
 * smallest scale when there is one within 28 places, else rounded to as many places as fit.
 */
public final class DotNetDecimal {
    public static final int MAX_SCALE = 28;
    /** 2^96 - 1, the largest unscaled value. */
    private static final BigInteger MAX_UNSCALED = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
    public static final BigDecimal MAX_VALUE = new BigDecimal(MAX_UNSCALED);
    public static final BigDecimal MIN_VALUE = MAX_VALUE.negate();

    private DotNetDecimal() {}

    /** The decimal closest to v with .NET's limits, or null when v is beyond them. */
    public static BigDecimal fit(BigDecimal v) {
        if (v.scale() < 0) v = v.setScale(0);
        for (int scale = Math.min(v.scale(), MAX_SCALE); scale >= 0; scale--) {
            BigDecimal r = v.setScale(scale, RoundingMode.HALF_EVEN);
            if (r.unscaledValue().abs().compareTo(MAX_UNSCALED) <= 0) return r;
        }
        return null;
    }

    public static BigDecimal quotient(BigDecimal a, BigDecimal b) {
        try {
            return fit(a.divide(b));
        } catch (ArithmeticException nonTerminating) {
            for (int scale = MAX_SCALE; scale >= 0; scale--) {
                BigDecimal r = a.divide(b, scale, RoundingMode.HALF_EVEN);
                if (r.unscaledValue().abs().compareTo(MAX_UNSCALED) <= 0) return r;
            }
            return null;
        }
    }

    /** {@code new Decimal(double)}: the double rounded to 15 significant digits, without trailing zeros. */
    public static BigDecimal ofDouble(double d, int digits) {
        if (d == 0) return BigDecimal.ZERO;
        BigDecimal r = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return fit(r);
    }

    /** .NET's ToString: every digit of the scale, never an exponent. */
    public static String toString(BigDecimal d) {
        return d.toPlainString();
    }
}
