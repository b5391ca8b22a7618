package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperatorsAndMathTest {
    @Test
    void genericOperators() {
        same(1L, call("fst", tuple(1L, "a")));
        same("a", call("snd", tuple(1L, "a")));
        same(3L, call("max", 3L, 2L));
        same("a", call("min", "b", "a"));
        same(list(1L, 3L), call("max", list(1L, 2L), list(1L, 3L)));
        assertEquals(Double.NaN, call("max", Double.NaN, 1.0));
        assertEquals(Double.NaN, call("min", 1.0, Double.NaN));
        same(-1L, call("compare", 1L, 2L));
        same(1L, call("compare", "b", "a"));
        same(0L, call("compare", tuple(1L, "a"), tuple(1L, "a")));
        assertEquals(call("hash", list(1L, 2L)), call("hash", list(1L, 2L)));
    }

    @Test
    void mathFunctions() {
        same(2.0, call("sqrt", 4.0));
        same(2.0, call("Math.sqrt", 4.0));
        same(1.0, call("exp", 0.0));
        same(0.0, call("log", 1.0));
        same(2.0, call("log10", 100.0));
        same(0.0, call("sin", 0.0));
        same(1.0, call("cos", 0.0));
        same(0.0, call("tan", 0.0));
        same(Math.PI / 2, call("asin", 1.0));
        same(0.0, call("acos", 1.0));
        same(Math.PI / 4, call("atan", 1.0));
        same(Math.PI / 4, call("atan2", 1.0, 1.0));
        same(-2.0, call("floor", -1.5));
        same(-1.0, call("ceil", -1.5));
        same(-1.0, call("truncate", -1.7));
        same(1.0, call("truncate", 1.7));
    }

    @Test
    void roundsHalvesToEven() {
        same(2.0, call("round", 2.5));
        same(4.0, call("round", 3.5));
        same(-2.0, call("round", -2.5));
        same(3.0, call("Math.round", 2.6));
    }

    @Test
    void absAndPownForIntAndFloat() {
        same(3L, call("Math.abs", -3L));
        same(1.5, call("Math.abs", -1.5));
        assertEquals("Negating the minimum value of a twos complement number is invalid.", failure("Math.abs", Long.MIN_VALUE));
        same(1024L, call("pown", 2L, 10L));
        same(1L, call("pown", 5L, 0L));
        same(0L, call("pown", 2L, -1L));
        same(1L, call("pown", 1L, -3L));
        same(0.125, call("pown", 2.0, -3L));
        same(1.0, call("pown", 0.0, 0L));
        double square = 1.1 * 1.1;
        same(square * square * 1.1, call("pown", 1.1, 5L));
        assertEquals("Attempted to divide by zero.", failure("pown", 0L, -1L));
        same(0L, call("pown", 2L, 64L));
    }
}
