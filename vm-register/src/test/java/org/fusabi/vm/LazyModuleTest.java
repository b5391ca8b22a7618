package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** .NET's Lazy as F#'s {@code lazy} makes it: computed once, at the first Force or Value. */
class LazyModuleTest {
    @Test
    void computesOnceAtTheFirstForce() {
        int[] runs = {0};
        Object lazy = call("Lazy.Create", fn(u -> { runs[0]++; return 42L; }));
        same(false, call("Lazy#IsValueCreated", lazy));
        same(42L, call("Lazy#Force", lazy, Unit.VALUE));
        same(42L, call("Lazy#Value", lazy));
        same(true, call("Lazy#IsValueCreated", lazy));
        assertEquals(1, runs[0]);
        same(true, call("Lazy#IsValueCreated", call("Lazy.CreateFromValue", "x")));
    }

    @Test
    void keepsTheExceptionItsComputationRaised() {
        int[] runs = {0};
        Object lazy = call("Lazy.Create", fn(u -> {
            runs[0]++;
            throw NetErrors.invalidOperation("boom");
        }));
        assertEquals("boom", failure("Lazy#Force", lazy, Unit.VALUE));
        assertEquals("boom", failure("Lazy#Value", lazy));
        assertEquals(1, runs[0]);
    }

    @Test
    void refusesToForceItselfWhileComputing() {
        Object[] self = new Object[1];
        self[0] = call("Lazy.Create", fn(u -> call("Lazy#Value", self[0])));
        assertEquals("System.InvalidOperationException: ValueFactory attempted to access the Value property of this instance.",
                raised("Lazy#Value", self[0]));
    }
}
