package org.fusabi.vm.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;

/**
 * Doubles are rendered from their binary digits without BigDecimal (DotNetDouble says why); each form must be
 * what the BigDecimal forms, which decimals use, make of the exact value, on edge and random doubles.
 */
class DotNetDoubleTest {
    private static final double[] EDGES = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.25, 1e20, 1e-20, 3.14159,
            -3.14159, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1,
            0.7, 999.9995, 9.5, 0.05, 99.95, 9.999999999, 123456789.123456789, 1L << 53, (1L << 53) + 2.0, 1e16, 1e17,
            1e-4, 1e-5, 100.0, 4.9e-324, 1.0 / 3};

    private static void forEachDouble(DoubleConsumer check) {
        for (double d : EDGES) check.accept(d);
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 400; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) check.accept(d);
            check.accept((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 13)));
            check.accept(random.nextInt(-100_000, 100_000) / 1000.0);
        }
    }

    private static BigDecimal abs(double d) {
        return new BigDecimal(Math.abs(d));
    }

    private static boolean negative(double d) {
        return Double.doubleToRawLongBits(d) < 0;
    }

    @Test
    void fixedIsTheExactValueRoundedHalfUp() {
        for (int decimals = 0; decimals <= 20; decimals++) {
            int n = decimals;
            forEachDouble(d -> assertEquals(DotNetDouble.fixed(abs(d), negative(d), n), DotNetDouble.fixed(d, n), () -> d + " F" + n));
        }
    }

    @Test
    void exponentialIsTheExactValueRoundedHalfUp() {
        for (int decimals = 0; decimals <= 20; decimals++) {
            int n = decimals;
            forEachDouble(d -> assertEquals(DotNetDouble.exponential(abs(d), negative(d), n, 'e'), DotNetDouble.exponential(d, n, 'e'),
                    () -> d + " e" + n));
        }
    }

    @Test
    void generalIsTheExactValueRoundedHalfUp() {
        for (int precision = 1; precision <= 20; precision++) {
            int n = precision;
            forEachDouble(d -> {
                if (d != 0) assertEquals(DotNetDouble.general(abs(d), negative(d), n, 'E'), DotNetDouble.general(d, n, 'E'), () -> d + " G" + n);
            });
        }
    }

    /** The shortest digits that round-trip: Java's, or one digit where that also round-trips. */
    @Test
    void roundTripIsTheShortestDigits() {
        forEachDouble(d -> {
            if (d == 0) return;
            BigDecimal r = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
            if (r.precision() == 2) {
                BigDecimal one = abs(d).round(new MathContext(1, RoundingMode.HALF_UP));
                if (Double.parseDouble(one.toString()) == Math.abs(d)) r = one.stripTrailingZeros();
            }
            assertEquals(DotNetDouble.general(r, negative(d), Math.max(r.precision(), 17), 'E'), DotNetDouble.roundTrip(d, 'E'), () -> "R " + d);
            float f = (float) d;
            if (Float.isFinite(f) && f != 0) {
                BigDecimal g = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
                assertEquals(DotNetDouble.general(g, negative(d), Math.max(g.precision(), 9), 'E'), DotNetDouble.roundTrip(f), () -> "R " + f);
            }
        });
        assertEquals("5E-324", DotNetDouble.roundTrip(Double.MIN_VALUE, 'E'));
        assertEquals("0.1", DotNetDouble.roundTrip(0.1, 'E'));
        assertEquals("0.0001", DotNetDouble.roundTrip(1e-4, 'E'));
        assertEquals("1E-05", DotNetDouble.roundTrip(1e-5, 'E'));
    }
}
