package org.fusabi.vm.stdlib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.Numbers;

/**
 * FSharp.Core's {@code Checked} module: {@code + - *} on integers raise OverflowException where
 * the exact result leaves the type's range (floats, decimals and bigints compute as unchecked), and the conversion
 * functions raise it where the value does not fit the target ({@code Checked.byte 256}, {@code Checked.int32 1e10},
 * NaN), instead of wrapping or saturating.
 */
final class CheckedModule {
    private CheckedModule() {}

    static void install(Library lib) {
        String binary = "'a -> 'a -> 'a";
        lib.define("Checked.+", binary, (vm, a) -> apply(a[0], a[1], BigInteger::add, Double::sum, BigDecimal::add));
        lib.define("Checked.-", binary, (vm, a) -> apply(a[0], a[1], BigInteger::subtract, (x, y) -> x - y, BigDecimal::subtract));
        lib.define("Checked.*", binary, (vm, a) -> apply(a[0], a[1], BigInteger::multiply, (x, y) -> x * y, BigDecimal::multiply));
        for (NumType t : NumType.values()) {
            if (t.floating() || t == NumType.INT64) continue;
            lib.define("Checked." + t, "'a -> " + t, (vm, a) -> Numbers.box(t, convert(a[0], t)));
        }
        for (String name : new String[] {"int", "int64"}) {
            lib.define("Checked." + name, "'a -> int", (vm, a) -> convert(a[0], NumType.INT64));
        }
        lib.define("Checked.uint8", "'a -> byte", (vm, a) -> Numbers.box(NumType.BYTE, convert(a[0], NumType.BYTE)));
        lib.define("Checked.int8", "'a -> sbyte", (vm, a) -> Numbers.box(NumType.SBYTE, convert(a[0], NumType.SBYTE)));
    }

    private static Object apply(Object a, Object b, BinaryOperator<BigInteger> exact, DoubleBinaryOperator f,
                                BinaryOperator<BigDecimal> decimal) {
        if (a instanceof BigInteger x) return exact.apply(x, (BigInteger) b);
        if (a instanceof BigDecimal x) return Numeric.decimal(decimal.apply(x, (BigDecimal) b));
        NumType t = Numbers.typeOf(a);
        if (t.floating()) {
            double r = f.applyAsDouble(((Number) a).doubleValue(), ((Number) b).doubleValue());
            return Numbers.box(t, Numbers.convert(Double.doubleToRawLongBits(r), NumType.FLOAT, t));
        }
        return Numbers.box(t, fit(exact.apply(whole(t, a), whole(t, b)), t));
    }

    /** F#'s checked conversion of a primitive number, a char, a decimal, a bigint or a string to the type t. */
    static long convert(Object x, NumType t) {
        NumType from = Numbers.typeOf(x);
        BigInteger v;
        if (from != null && from.floating()) {
            double d = Double.longBitsToDouble(Numbers.unbox(from, x));
            if (!Double.isFinite(d)) throw NetErrors.overflow();
            v = new BigDecimal(d).toBigInteger();
        } else if (from != null) {
            v = whole(from, x);
        } else if (x instanceof String s) {
            v = NumericTypes.Conversions.parseInteger(s, t);
        } else {
            v = x instanceof BigDecimal m ? m.toBigInteger() : (BigInteger) x;
        }
        return fit(v, t);
    }

    private static BigInteger whole(NumType t, Object box) {
        long v = Numbers.unbox(t, box);
        return t.unsigned64() ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
    }

    private static long fit(BigInteger v, NumType t) {
        BigInteger min = t.signed ? BigInteger.valueOf(t.min()) : BigInteger.ZERO;
        BigInteger max = t.unsigned64() ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) : BigInteger.valueOf(t.max());
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw NetErrors.overflow();
        return v.longValue();
    }
}
