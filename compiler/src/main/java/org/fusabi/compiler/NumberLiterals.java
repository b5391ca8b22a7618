package org.fusabi.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.UserNumber;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.DotNetDecimal;
import org.fusabi.vm.value.Numbers;

/**
 * The values of numeric literals, as F#'s lexer reads them: digits (decimal, or 0x, 0o and 0b ones, with
 * underscores), then a suffix naming the type ({@code 1uy 1s 1l 1u 1L 1UL 1n 1I 1.0f 1.0m} …). Each value is boxed as
 * the VM boxes its type (vm.value.Numbers), which is how the checker knows the literal's type. Hex, octal and binary
 * digits are the type's bits ({@code 0xFFy} is -1y), and without a suffix those of F#'s 32-bit int while 32 bits
 * hold them ({@code 0xFFFFFFFF} is -1, {@code 0x1FFFFFFFF} the 64-bit int's 8589934591); decimal ones must be in the
 * type's range, its minimum only right after a minus ({@code -128y}). A decimal integer with one of the suffixes F#
 * leaves to scripts ({@code 1N}, see UserNumber) is read for the type checker to call its module.
 */
final class NumberLiterals {
    private NumberLiterals() {}

    private static final Map<String, NumType> INTEGER_SUFFIXES = Map.ofEntries(
            Map.entry("", NumType.INT64), Map.entry("L", NumType.INT64), Map.entry("y", NumType.SBYTE),
            Map.entry("uy", NumType.BYTE), Map.entry("s", NumType.INT16), Map.entry("us", NumType.UINT16),
            Map.entry("l", NumType.INT32), Map.entry("u", NumType.UINT32), Map.entry("ul", NumType.UINT32),
            Map.entry("UL", NumType.UINT64), Map.entry("uL", NumType.UINT64), Map.entry("n", NumType.NATIVEINT),
            Map.entry("un", NumType.UNATIVEINT));

    private static final String INVALID = "This is not a valid numeric literal. Valid numeric literals include 1, 0x1, "
            + "0o1, 0b1, 1l (int/int32), 1u (uint/uint32), 1L (int64), 1UL (uint64), 1s (int16), 1us (uint16), "
            + "1y (int8/sbyte), 1uy (uint8/byte), 1.0 (float/double), 1.0f (float32/single), 1.0m (decimal), 1I (bigint).";

    /** The value of the literal {@code text}; {@code negated} when a minus is written right against it. */
    static Object value(String text, boolean floating, boolean negated, Pos pos) {
        String t = text.replace("_", "");
        int radix = t.length() > 2 && t.charAt(0) == '0' ? switch (t.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 10;
        } : 10;
        int from = radix == 10 ? 0 : 2;
        int end = from;
        while (end < t.length() && (floating && radix == 10 ? isFloatChar(t, end) : Character.digit(t.charAt(end), radix) >= 0)) end++;
        String digits = t.substring(from, end);
        String suffix = t.substring(end);
        if (digits.isEmpty()) throw new CompileError(pos, INVALID);
        try {
            if (floating) return floatingValue(digits, suffix, pos);
            if (suffix.equals("I") && radix == 10) return new BigInteger(digits);
            if (suffix.length() == 1 && UserNumber.SUFFIXES.indexOf(suffix.charAt(0)) >= 0 && radix == 10) {
                return new UserNumber(suffix.charAt(0), new BigInteger(digits));
            }
            if ((suffix.equals("m") || suffix.equals("M")) && radix == 10) return decimal(digits, pos);
            if (suffix.equals("LF") || suffix.equals("lf")) return bits(new BigInteger(digits, radix), suffix, pos);
            NumType type = INTEGER_SUFFIXES.get(suffix);
            if (type == null) throw new CompileError(pos, INVALID);
            BigInteger v = new BigInteger(digits, radix);
            // F#'s unsuffixed 0xFFFFFFFF is an int's bits, -1: so here too, where 32 bits hold the digits
            if (suffix.isEmpty() && radix != 10 && v.bitLength() <= 32) return (long) v.intValue();
            return Numbers.box(type, integer(v, radix, type, text, negated, pos));
        } catch (NumberFormatException e) {
            throw new CompileError(pos, INVALID);
        }
    }

    private static boolean isFloatChar(String t, int i) {
        char c = t.charAt(i);
        return Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || (c == '+' || c == '-') && (t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E');
    }

    private static Object floatingValue(String digits, String suffix, Pos pos) {
        return switch (suffix) {
            case "" -> Double.parseDouble(digits);
            case "f", "F" -> {
                float f = Float.parseFloat(digits);
                if (Float.isInfinite(f)) throw new CompileError(pos, "This number is outside the allowable range for 32-bit floats");
                yield f;
            }
            case "m", "M" -> decimal(digits, pos);
            default -> throw new CompileError(pos, INVALID);
        };
    }

    private static BigDecimal decimal(String digits, Pos pos) {
        BigDecimal d = DotNetDecimal.fit(new BigDecimal(digits));
        if (d == null) throw new CompileError(pos, "This number is outside the allowable range for decimal literals");
        return d;
    }

    /** {@code 0x3FF0000000000000LF}: a float given by its bits, {@code lf} a float32. */
    private static Object bits(BigInteger v, String suffix, Pos pos) {
        int width = suffix.equals("LF") ? 64 : 32;
        if (v.bitLength() > width) throw new CompileError(pos, INVALID);
        return width == 64 ? Double.longBitsToDouble(v.longValue()) : Float.intBitsToFloat(v.intValue());
    }

    /** The register value of an integer literal of the type, or the error F# gives for one outside it. */
    private static long integer(BigInteger v, int radix, NumType type, String text, boolean negated, Pos pos) {
        if (radix != 10) {
            if (v.bitLength() > type.bits) throw new CompileError(pos, outside(type, radix));
            return type.wrap(v.longValue());
        }
        BigInteger max = type.unsigned64() ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) : BigInteger.valueOf(type.max());
        // A signed type's minimum is only written as the operand of a minus: -128y, -9223372036854775808
        if (v.compareTo(max) <= 0 || type.signed && negated && v.equals(max.add(BigInteger.ONE))) return type.wrap(v.longValue());
        if (type == NumType.INT64) throw new CompileError(pos, "integer literal " + text + " is too large for int");
        throw new CompileError(pos, outside(type, radix));
    }

    private static String outside(NumType type, int radix) {
        String range = switch (type) {
            case SBYTE -> (radix == 10 ? "" : "hexadecimal ") + "8-bit signed integers";
            case BYTE -> "8-bit unsigned integers";
            case INT16 -> "16-bit signed integers";
            case UINT16 -> "16-bit unsigned integers";
            case INT32 -> "32-bit signed integers";
            case UINT32 -> "32-bit unsigned integers";
            case UINT64 -> "64-bit unsigned integers";
            case NATIVEINT -> "signed native integers";
            case UNATIVEINT -> "unsigned native integers";
            default -> "64-bit signed integers";
        };
        return "This number is outside the allowable range for " + range;
    }
}
