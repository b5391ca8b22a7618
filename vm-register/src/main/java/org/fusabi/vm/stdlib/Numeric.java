package org.fusabi.vm.stdlib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.BoxedInt;
import org.fusabi.vm.value.DotNetDecimal;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Numbers;

/**
 * F#'s inline numeric functions (signatures over {@code ^a}) on boxed numbers of any numeric type. Where no
 * argument tells the type at run time (the sum of an empty list) a function is defined once per type: as
 * {@code name} for int and {@code name@T} for each other numeric type T ({@code List.sum@float},
 * {@code List.sum@byte}), and the compiler calls the one of the type {@code ^a} resolved to.
 */
final class Numeric {
    private Numeric() {}

    /**
     * The zero of each numeric type but int and decimal, by the type's F# name: the suffixes of the variants.
     * Decimal's is taken when a decimal variant is called (see {@link #define}).
     */
    static final Map<String, Object> ZEROS = zeros();

    private static Map<String, Object> zeros() {
        Map<String, Object> zeros = new LinkedHashMap<>();
        for (NumType t : NumType.values()) {
            if (t != NumType.INT64 && t != NumType.CHAR) zeros.put(t.toString(), Numbers.box(t, t == NumType.FLOAT || t == NumType.FLOAT32 ? Double.doubleToRawLongBits(0.0) : 0));
        }
        zeros.put("bigint", BigInteger.ZERO);
        return zeros;
    }

    /** Builds a body given the zero of its numeric type. */
    @FunctionalInterface
    interface Variant {
        Native.Body withZero(Object zero);
    }

    static void define(Library lib, String name, String signature, Variant variant) {
        lib.define(name, signature, variant.withZero(0L));
        ZEROS.forEach((type, zero) -> lib.define(name + "@" + type, signature, variant.withZero(zero)));
        // Not BigDecimal.ZERO at once: on JDK 25 BigDecimal's class initialiser computes 5^65536, some 20-30 ms of
        // CPU and C1 compiling BigInteger, which every run that installs List or Array paid before any decimal.
        lib.define(name + "@decimal", signature, (vm, a) -> variant.withZero(BigDecimal.ZERO).call(vm, a));
    }

    /**
     * A function that fills what it makes with the default value of its element type ({@code zeroCreate}): the
     * numeric variants of {@link #define}, and {@code name@bool}, {@code name@char} and {@code name@null} for the
     * other element types, whose default is false, '\0' and null (a string, a tuple, a record ...).
     */
    static void defineDefaultFilled(Library lib, String name, String signature, Variant variant) {
        define(lib, name, signature, variant);
        lib.define(name + "@bool", signature, variant.withZero(false));
        lib.define(name + "@char", signature, variant.withZero('\0'));
        lib.define(name + "@null", signature, variant.withZero(null));
    }

    /** a + b, wrapping at the type's width as F#'s unchecked (+) does. */
    static Object add(Object a, Object b) {
        return switch (a) {
            case Long x -> x + (Long) b;
            case Double x -> x + (Double) b;
            case BigInteger x -> x.add((BigInteger) b);
            case BigDecimal x -> decimal(x.add((BigDecimal) b));
            default -> primitive(a, b, Long::sum, Double::sum, false);
        };
    }

    /** F#'s sum and sumBy add with Checked.(+): a sum past the type's range raises OverflowException. */
    static Object addChecked(Object a, Object b) {
        return switch (a) {
            case Long x -> {
                try {
                    yield Math.addExact(x, (Long) b);
                } catch (ArithmeticException e) {
                    throw NetErrors.overflow();
                }
            }
            case Double x -> x + (Double) b;
            case BigInteger x -> x.add((BigInteger) b);
            case BigDecimal x -> decimal(x.add((BigDecimal) b));
            default -> primitive(a, b, Long::sum, Double::sum, true);
        };
    }

    static Object multiply(Object a, Object b) {
        return switch (a) {
            case Long x -> x * (Long) b;
            case Double x -> x * (Double) b;
            case BigInteger x -> x.multiply((BigInteger) b);
            case BigDecimal x -> decimal(x.multiply((BigDecimal) b));
            default -> primitive(a, b, (x, y) -> x * y, (x, y) -> x * y, false);
        };
    }

    static Object divide(Object a, Object b) {
        return switch (a) {
            case Double x -> x / (Double) b;
            case BigInteger x -> {
                if (((BigInteger) b).signum() == 0) throw NetErrors.divideByZero();
                yield x.divide((BigInteger) b);
            }
            case BigDecimal x -> {
                if (((BigDecimal) b).signum() == 0) throw NetErrors.divideByZero();
                yield decimal(DotNetDecimal.quotient(x, (BigDecimal) b));
            }
            default -> {
                NumType t = Numbers.typeOf(a);
                if (!t.floating() && Numbers.unbox(t, b) == 0) throw NetErrors.divideByZero();
                yield primitive(a, b, t.unsigned64() ? Long::divideUnsigned : (x, y) -> x / y, (x, y) -> x / y, false);
            }
        };
    }

    /** The count n as a number of like's type (DivideByInt's divisor). */
    static Object ofCount(Object like, long n) {
        return switch (like) {
            case Long x -> n;
            case Double x -> (double) n;
            case BigInteger x -> BigInteger.valueOf(n);
            case BigDecimal x -> BigDecimal.valueOf(n);
            default -> {
                NumType t = Numbers.typeOf(like);
                yield Numbers.box(t, t.floating() ? Numbers.convert(Double.doubleToRawLongBits(n), NumType.FLOAT, t) : t.wrap(n));
            }
        };
    }

    /** A decimal result, or the OverflowException .NET raises for one beyond the decimal's range. */
    static BigDecimal decimal(BigDecimal exact) {
        BigDecimal d = exact == null ? null : DotNetDecimal.fit(exact);
        if (d == null) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for a Decimal.");
        return d;
    }

    /** An operation on two boxes of one primitive type: in 64 bits or a double, then cut back to the type. */
    private static Object primitive(Object a, Object b, LongBinaryOperator op, DoubleBinaryOperator f, boolean checked) {
        NumType t = Numbers.typeOf(a);
        if (t.floating()) {
            double r = f.applyAsDouble(((Number) a).doubleValue(), ((Number) b).doubleValue());
            return Numbers.box(t, Numbers.convert(Double.doubleToRawLongBits(r), NumType.FLOAT, t));
        }
        long x = Numbers.unbox(t, a);
        long y = Numbers.unbox(t, b);
        long r = op.applyAsLong(x, y);
        if (checked && (t.bits < 64 ? t.wrap(r) != r : t.signed ? ((x ^ r) & (y ^ r)) < 0 : Long.compareUnsigned(r, x) < 0)) {
            throw NetErrors.overflow();
        }
        return Numbers.box(t, t.wrap(r));
    }

    /** The nearest double to a number of any type (the size of a range, before it is built). */
    static double approximate(Object x) {
        return x instanceof BoxedInt b && b.type().unsigned64() ? Numbers.unsignedToDouble(b.bits()) : ((Number) (x instanceof BoxedInt b ? b.bits() : x)).doubleValue();
    }

    /** The one of the type of {@code like}. */
    static Object one(Object like) {
        return switch (like) {
            case Long x -> 1L;
            case BigInteger x -> BigInteger.ONE;
            case BigDecimal x -> BigDecimal.ONE;
            default -> {
                NumType t = Numbers.typeOf(like);
                yield Numbers.box(t, t.floating() ? Numbers.convert(1, NumType.INT64, t) : 1);
            }
        };
    }

    /** F#'s abs raises on the one signed integer without a positive counterpart rather than wrapping. */
    static Object abs(Object a) {
        return switch (a) {
            case Double x -> Math.abs(x);
            case Float x -> Math.abs(x);
            case BigInteger x -> x.abs();
            case BigDecimal x -> x.abs();
            default -> {
                NumType t = Numbers.typeOf(a);
                long v = Numbers.unbox(t, a);
                if (!t.signed) yield a;
                if (v == t.min()) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Negating the minimum value of a twos complement number is invalid.");
                yield Numbers.box(t, Math.abs(v));
            }
        };
    }

    /** .NET's Math.Sign, which rejects NaN. */
    static long sign(Object x) {
        return switch (x) {
            case BigInteger b -> b.signum();
            case BigDecimal d -> d.signum();
            case BoxedInt b -> b.type().signed ? Long.signum(b.bits()) : b.bits() == 0 ? 0 : 1;
            default -> {
                double d = ((Number) x).doubleValue();
                if (Double.isNaN(d)) throw NetErrors.raise(NetExceptionType.ARITHMETIC, "Function does not accept floating point Not-a-Number values.");
                yield (long) Math.signum(d);
            }
        };
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
