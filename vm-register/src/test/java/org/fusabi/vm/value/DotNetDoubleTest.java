package org.fusabi.vm.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DotNetDoubleTest {
    /** "F" of a double is computed without BigDecimal; it must be what BigDecimal makes of the exact value. */
    @Test
    void fixedIsTheExactValueRoundedHalfUp() {
        double[] edges = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.25, 1e20, 1e-20, 3.14159, -3.14159,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 0.7,
                999.9995, 9.5, 0.05, 123456789.123456789, 1L << 53, (1L << 53) + 2.0};
        SplittableRandom random = new SplittableRandom(16);
        for (int decimals = 0; decimals <= 20; decimals++) {
            for (double d : edges) check(d, decimals);
            for (int i = 0; i < 200; i++) {
                check(Double.longBitsToDouble(random.nextLong()), decimals);
                check((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 13)), decimals);
            }
        }
    }

    private static void check(double d, int decimals) {
        if (!Double.isFinite(d)) return;
        String expected = DotNetDouble.fixed(new BigDecimal(Math.abs(d)), Double.doubleToRawLongBits(d) < 0, decimals);
        assertEquals(expected, DotNetDouble.fixed(d, decimals), () -> d + " to " + decimals + " decimals");
    }
}
