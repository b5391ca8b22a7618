package org.fusabi.vm.stdlib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.DotNetDecimal;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Numbers;

/**
 * .NET's numeric types as a script sees them beside their operators: the limits ({@code Int32.MaxValue},
 * {@code Double.Epsilon} …), decimal's and BigInteger's operators and members, and F#'s conversion functions where
 * an instruction cannot do them (from strings, to and from decimal and bigint): {@code Convert.T} is F#'s function
 * {@code T} ({@code Convert.byte} is {@code byte}) on a value of any primitive type, a decimal, a bigint or a string.
 */
final class NumericTypes {
    private NumericTypes() {}

    /** The .NET name of each type F# names: the namespace of its statics. */
    private static final String[][] NAMES = {
        {"SByte", "sbyte"}, {"Byte", "byte"}, {"Int16", "int16"}, {"UInt16", "uint16"}, {"Int32", "int32"},
        {"UInt32", "uint32"}, {"Int64", "int64"}, {"UInt64", "uint64"}, {"IntPtr", "nativeint"}, {"UIntPtr", "unativeint"},
    };

    static final String[] NAMESPACES = {"SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
        "IntPtr", "UIntPtr", "Double", "Single", "Decimal", "BigInteger", "Convert"};

    static void install(Library lib) {
        for (String[] n : NAMES) {
            NumType t = type(n[1]);
            String sig = "unit -> " + signatureName(n[1]);
            lib.define(n[0] + ".get_MaxValue", sig, (vm, a) -> Numbers.box(t, t.max()));
            lib.define(n[0] + ".get_MinValue", sig, (vm, a) -> Numbers.box(t, t.min()));
        }
        floats(lib, "Double", "float", Double.MAX_VALUE, Double.MIN_VALUE, NumType.FLOAT);
        floats(lib, "Single", "float32", Float.MAX_VALUE, Float.MIN_VALUE, NumType.FLOAT32);
        lib.define("Decimal.get_MaxValue", "unit -> decimal", (vm, a) -> DotNetDecimal.MAX_VALUE);
        lib.define("Decimal.get_MinValue", "unit -> decimal", (vm, a) -> DotNetDecimal.MIN_VALUE);
        lib.define("Decimal.get_Zero", "unit -> decimal", (vm, a) -> BigDecimal.ZERO);
        lib.define("Decimal.get_One", "unit -> decimal", (vm, a) -> BigDecimal.ONE);
        lib.define("Decimal.get_MinusOne", "unit -> decimal", (vm, a) -> BigDecimal.ONE.negate());
        lib.define("BigInteger.get_Zero", "unit -> bigint", (vm, a) -> BigInteger.ZERO);
        lib.define("BigInteger.get_One", "unit -> bigint", (vm, a) -> BigInteger.ONE);
        lib.define("BigInteger.get_MinusOne", "unit -> bigint", (vm, a) -> BigInteger.ONE.negate());
        operators(lib, "Decimal", "decimal");
        operators(lib, "BigInteger", "bigint");
        lib.define("Decimal.Round", "decimal -> decimal", (vm, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.HALF_EVEN));
        lib.define("Decimal.Truncate", "decimal -> decimal", (vm, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.DOWN));
        lib.define("Decimal.Floor", "decimal -> decimal", (vm, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.FLOOR));
        lib.define("Decimal.Ceiling", "decimal -> decimal", (vm, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.CEILING));
        // Its exponent is an int32 in .NET; Fusabi's int, as F#'s code passes an int (bigint ** 3).
        lib.define("BigInteger.Pow", "bigint -> int -> bigint", (vm, a) -> {
            long n = (Long) a[1];
            if (n < 0) throw NetErrors.argumentOutOfRange("The number must be greater than or equal to zero.", "exponent");
            return ((BigInteger) a[0]).pow((int) Math.min(n, Integer.MAX_VALUE));
        });
        lib.define("BigInteger.op_BitwiseAnd", "bigint -> bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).and((BigInteger) a[1]));
        lib.define("BigInteger.op_BitwiseOr", "bigint -> bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).or((BigInteger) a[1]));
        lib.define("BigInteger.op_ExclusiveOr", "bigint -> bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).xor((BigInteger) a[1]));
        lib.define("BigInteger.op_OnesComplement", "bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).not());
        // The shift count is an int32 in .NET; Fusabi's int, as F#'s operators pass it.
        lib.define("BigInteger.op_LeftShift", "bigint -> int -> bigint", (vm, a) -> ((BigInteger) a[0]).shiftLeft((int) (long) (Long) a[1]));
        lib.define("BigInteger.op_RightShift", "bigint -> int -> bigint", (vm, a) -> ((BigInteger) a[0]).shiftRight((int) (long) (Long) a[1]));
        lib.define("BigInteger.Abs", "bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).abs());
        lib.define("BigInteger.GreatestCommonDivisor", "bigint -> bigint -> bigint", (vm, a) -> ((BigInteger) a[0]).gcd((BigInteger) a[1]));
        lib.define("BigInteger.Parse", "string -> bigint", (vm, a) -> Conversions.toBigInteger(a[0]));
        lib.define("BigInteger#get_IsZero", "bigint -> bool", (vm, a) -> ((BigInteger) a[0]).signum() == 0);
        lib.define("BigInteger#get_IsOne", "bigint -> bool", (vm, a) -> a[0].equals(BigInteger.ONE));
        lib.define("BigInteger#get_IsEven", "bigint -> bool", (vm, a) -> !((BigInteger) a[0]).testBit(0));
        lib.define("BigInteger#get_Sign", "bigint -> int32", (vm, a) -> ((BigInteger) a[0]).signum());
        for (NumType t : NumType.values()) {
            if (t == NumType.INT64) continue;
            String name = t.toString();
            lib.define("Convert." + name, "'a -> " + name, (vm, a) -> Numbers.box(t, Conversions.toPrimitive(a[0], t)));
        }
        lib.define("Convert.int", "'a -> int", (vm, a) -> Conversions.toPrimitive(a[0], NumType.INT64));
        lib.define("Convert.decimal", "'a -> decimal", (vm, a) -> Conversions.toDecimal(a[0]));
        lib.define("Convert.bigint", "'a -> bigint", (vm, a) -> Conversions.toBigInteger(a[0]));
    }

    private static void floats(Library lib, String ns, String type, double max, double epsilon, NumType t) {
        String sig = "unit -> " + type;
        lib.define(ns + ".get_MaxValue", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(max)));
        lib.define(ns + ".get_MinValue", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(-max)));
        lib.define(ns + ".get_Epsilon", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(epsilon)));
        lib.define(ns + ".get_NaN", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(Double.NaN)));
        lib.define(ns + ".get_PositiveInfinity", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(Double.POSITIVE_INFINITY)));
        lib.define(ns + ".get_NegativeInfinity", sig, (vm, a) -> Numbers.box(t, Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY)));
    }

    /** The operators of a type without an instruction of its own, which the compiler calls for + - * / % and unary -. */
    private static void operators(Library lib, String ns, String type) {
        String binary = type + " -> " + type + " -> " + type;
        lib.define(ns + ".op_Addition", binary, (vm, a) -> Numeric.add(a[0], a[1]));
        lib.define(ns + ".op_Subtraction", binary, (vm, a) -> subtract(a[0], a[1]));
        lib.define(ns + ".op_Multiply", binary, (vm, a) -> Numeric.multiply(a[0], a[1]));
        lib.define(ns + ".op_Division", binary, (vm, a) -> Numeric.divide(a[0], a[1]));
        lib.define(ns + ".op_Modulus", binary, (vm, a) -> remainder(a[0], a[1]));
        lib.define(ns + ".op_UnaryNegation", type + " -> " + type, (vm, a) -> a[0] instanceof BigInteger b ? b.negate() : ((BigDecimal) a[0]).negate());
    }

    private static Object subtract(Object a, Object b) {
        return a instanceof BigInteger x ? x.subtract((BigInteger) b) : Numeric.decimal(((BigDecimal) a).subtract((BigDecimal) b));
    }

    /** The remainder takes the dividend's sign, for decimals too. */
    private static Object remainder(Object a, Object b) {
        if (a instanceof BigInteger x) {
            if (((BigInteger) b).signum() == 0) throw NetErrors.divideByZero();
            return x.remainder((BigInteger) b);
        }
        if (((BigDecimal) b).signum() == 0) throw NetErrors.divideByZero();
        return Numeric.decimal(((BigDecimal) a).remainder((BigDecimal) b));
    }

    private static NumType type(String fsharpName) {
        return fsharpName.equals("int64") ? NumType.INT64 : NumType.valueOf(fsharpName.toUpperCase(Locale.ROOT));
    }

    /** Fusabi's int64 is its int. */
    private static String signatureName(String fsharpName) {
        return fsharpName.equals("int64") ? "int" : fsharpName;
    }

    /** F#'s conversion functions on boxed values and strings, with .NET's errors. */
    static final class Conversions {
        private Conversions() {}

        static long toPrimitive(Object x, NumType to) {
            NumType from = Numbers.typeOf(x);
            if (from != null) return Numbers.convert(Numbers.unbox(from, x), from, to);
            if (to.floating()) {
                double d = switch (x) {
                    case String s -> parseFloat(s);
                    case BigDecimal m -> m.doubleValue();
                    default -> ((BigInteger) x).doubleValue();
                };
                return Numbers.convert(Double.doubleToRawLongBits(d), NumType.FLOAT, to);
            }
            BigInteger whole = switch (x) {
                case String s when to == NumType.CHAR -> BigInteger.valueOf(parseChar(s));
                case String s -> parseInteger(s, to);
                case BigDecimal m -> m.toBigInteger();
                default -> (BigInteger) x;
            };
            return inRange(whole, to);
        }

        static BigDecimal toDecimal(Object x) {
            NumType from = Numbers.typeOf(x);
            if (from == null) {
                if (x instanceof BigDecimal m) return m;
                if (x instanceof BigInteger b) return Numeric.decimal(new BigDecimal(b));
                try {
                    return Numeric.decimal(new BigDecimal(((String) x).strip()));
                } catch (NumberFormatException e) {
                    throw notAFormat((String) x);
                }
            }
            long v = Numbers.unbox(from, x);
            if (!from.floating()) return from.unsigned64() ? new BigDecimal(new BigInteger(Long.toUnsignedString(v))) : BigDecimal.valueOf(v);
            double d = Double.longBitsToDouble(v);
            if (!Double.isFinite(d)) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for a Decimal.");
            return Numeric.decimal(DotNetDecimal.ofDouble(d, from == NumType.FLOAT ? 15 : 7));
        }

        static BigInteger toBigInteger(Object x) {
            NumType from = Numbers.typeOf(x);
            if (from == null) {
                if (x instanceof BigInteger b) return b;
                if (x instanceof BigDecimal m) return m.toBigInteger();
                try {
                    return new BigInteger(((String) x).strip());
                } catch (NumberFormatException e) {
                    throw notAFormat((String) x);
                }
            }
            long v = Numbers.unbox(from, x);
            if (!from.floating()) return from.unsigned64() ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
            double d = Double.longBitsToDouble(v);
            if (!Double.isFinite(d)) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for a BigInteger.");
            return new BigDecimal(d).toBigInteger();
        }

        /** F#'s ParseInt32 and friends: white space, underscores, a sign, and 0x, 0o or 0b digits read as the type's bits. */
        static BigInteger parseInteger(String text, NumType t) {
            String s = text.strip().replace("_", "");
            int p = 0;
            boolean negative = false;
            if (s.startsWith("-") || s.startsWith("+")) {
                negative = s.charAt(0) == '-';
                p = 1;
            }
            int radix = 10;
            if (s.length() >= p + 2 && s.charAt(p) == '0' && "xXoObB".indexOf(s.charAt(p + 1)) >= 0) {
                radix = switch (Character.toLowerCase(s.charAt(p + 1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    default -> 2;
                };
                p += 2;
            }
            String digits = s.substring(p);
            int base = radix;
            if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, base) >= 0)) throw notAFormat(text);
            BigInteger v = new BigInteger(digits, base);
            if (radix != 10) {
                // The digits are the bits of a 32- or 64-bit integer: 0xFFFFFFFF is -1 as an int32.
                int width = t.bits == 64 ? 64 : 32;
                if (v.bitLength() > width) throw overflow(t);
                if (t.signed && v.testBit(width - 1)) v = v.subtract(BigInteger.ONE.shiftLeft(width));
            }
            return negative ? v.negate() : v;
        }

        private static long inRange(BigInteger v, NumType t) {
            BigInteger min = t.signed ? BigInteger.valueOf(t.min()) : BigInteger.ZERO;
            BigInteger max = t.unsigned64() ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) : BigInteger.valueOf(t.max());
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw overflow(t);
            return v.longValue();
        }

        private static char parseChar(String s) {
            if (s.length() != 1) throw NetErrors.format("String must be exactly one character long.");
            return s.charAt(0);
        }

        static double parseFloat(String s) {
            String t = s.strip();
            try {
                // .NET reads these words; Java's parser reads others (hex floats, a trailing f or d) .NET refuses.
                return switch (t) {
                    case "NaN" -> Double.NaN;
                    case "Infinity", "+Infinity", "∞" -> Double.POSITIVE_INFINITY;
                    case "-Infinity", "-∞" -> Double.NEGATIVE_INFINITY;
                    default -> {
                        if (!t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) throw notAFormat(s);
                        yield Double.parseDouble(t);
                    }
                };
            } catch (NumberFormatException e) {
                throw notAFormat(s);
            }
        }

        private static RuntimeException overflow(NumType t) {
            String name = switch (t) {
                case SBYTE -> "an SByte";
                case BYTE -> "an unsigned byte";
                case INT16 -> "an Int16";
                case UINT16 -> "a UInt16";
                case INT32 -> "an Int32";
                case UINT32 -> "a UInt32";
                case UINT64 -> "a UInt64";
                case CHAR -> "a character";
                default -> "an Int64";
            };
            return NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for " + name + ".");
        }

        static RuntimeException notAFormat(String s) {
            return NetErrors.format("The input string '" + s + "' was not in a correct format.");
        }
    }
}
