package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;

/**
 * F#'s inline numeric functions (signatures over {@code ^a}): each is defined twice, as {@code name} for int
 * and {@code name@float}, and the compiler calls the float one when {@code ^a} is float. The variants differ
 * only where no argument tells the type at run time, e.g. the sum of an empty list.
 */
final class Numeric {
    private Numeric() {}

    /** Builds a body given the zero of its numeric type. */
    @FunctionalInterface
    interface Variant {
        Native.Body withZero(Object zero);
    }

    static void define(Library lib, String name, String signature, Variant variant) {
        lib.define(name, signature, variant.withZero(0L));
        lib.define(name + "@float", signature, variant.withZero(0.0));
    }

    /** int addition wraps on overflow (64-bit), as Fusabi's int does. */
    static Object add(Object a, Object b) {
        return a instanceof Long x ? (Object) (x + (Long) b) : (Object) ((Double) a + (Double) b);
    }

    /** F#'s sum and sumBy add with Checked.(+): an int sum that overflows raises OverflowException. */
    static Object addChecked(Object a, Object b) {
        if (!(a instanceof Long x)) return (Double) a + (Double) b;
        try {
            return Math.addExact(x, (Long) b);
        } catch (ArithmeticException e) {
            throw NetErrors.overflow();
        }
    }

    static Object multiply(Object a, Object b) {
        return a instanceof Long x ? (Object) (x * (Long) b) : (Object) ((Double) a * (Double) b);
    }

    static Object one(Object like) {
        return like instanceof Long ? (Object) 1L : (Object) 1.0;
    }

    static Object divide(Object a, Object b) {
        if (a instanceof Long x) {
            long y = (Long) b;
            if (y == 0) throw NetErrors.divideByZero();
            return x / y;
        }
        return (Double) a / (Double) b;
    }

    /** F#'s abs raises on the one int without a positive counterpart rather than wrapping. */
    static Object abs(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Negating the minimum value of a twos complement number is invalid.");
            return Math.abs(x);
        }
        return Math.abs((Double) a);
    }

    /** F#'s pown: exponentiation by squaring; a negative exponent gives 1 / x^-n (0 for most ints). */
    static Object pown(Object x, long n) {
        if (n < 0) return divide(one(x), n == Long.MIN_VALUE ? multiply(x, power(x, Long.MAX_VALUE)) : power(x, -n));
        return power(x, n);
    }

    /** The same multiplication tree as F#'s, so float results round identically. */
    private static Object power(Object x, long n) {
        if (n == 0) return one(x);
        if (n == 1) return x;
        Object half = power(x, n / 2);
        Object square = multiply(half, half);
        return n % 2 == 0 ? square : multiply(square, x);
    }
}
