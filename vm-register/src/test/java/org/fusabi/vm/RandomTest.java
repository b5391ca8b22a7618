package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** System.Random: seeded, the numbers .NET gives for the seed; its ranges and errors as .NET's. */
class RandomTest {
    private static final Unit U = Unit.VALUE;

    @Test
    void aSeededRandomGivesDotNetsNumbers() {
        Object r = call("Random.new~seed", 0L);
        same(1559595546L, call("Random#Next", r, U));
        same(1755192844L, call("Random#Next", r, U));
        same(66L, call("Random#Next~max", call("Random.new~seed", 42L), 100L));
    }

    @Test
    void rangesHoldTheirBounds() {
        Object r = call("Random.new", U);
        for (int i = 0; i < 1000; i++) {
            long n = (Long) call("Random#Next~range", r, -5L, 5L);
            assertTrue(n >= -5 && n < 5, "" + n);
            double d = (Double) call("Random#NextDouble", r, U);
            assertTrue(d >= 0 && d < 1, "" + d);
            long wide = (Long) call("Random#Next~range", r, -3_000_000_000L, 3_000_000_000L);
            assertTrue(wide >= -3_000_000_000L && wide < 3_000_000_000L, "" + wide);
        }
        same(0L, call("Random#Next~max", r, 0L));
    }

    @Test
    void badBoundsRaiseArgumentOutOfRange() {
        Object r = call("Random.new~seed", 1L);
        assertEquals("System.ArgumentOutOfRangeException: maxValue ('-1') must be a non-negative value. (Parameter 'maxValue')",
                raised("Random#Next~max", r, -1L));
        assertEquals("System.ArgumentOutOfRangeException: 'minValue' cannot be greater than maxValue. (Parameter 'minValue')",
                raised("Random#Next~range", r, 2L, 1L));
    }
}
