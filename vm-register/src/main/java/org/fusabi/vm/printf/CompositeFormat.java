package org.fusabi.vm.printf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.value.DateTimeText;
import org.fusabi.vm.value.NetDateTime;
import org.fusabi.vm.value.NetTimeSpan;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.Numbers;
import org.fusabi.vm.value.Show;

/**
 * .NET's composite formatting of one value, as an F# interpolated string's hole {@code {x,alignment:format}} asks
 * for it: the standard numeric formats N, F, D, X, E, P and G (with their precision), custom patterns made of {@code 0},
 * {@code #}, {@code ,} and one {@code .}, and right or left alignment in a field. Numbers print as .NET's invariant
 * culture prints them: the exact decimal value rounded half away from zero, {@code ,} between thousands. Dates and
 * durations take .NET's date and time formats instead.
 */
public final class CompositeFormat {
    private static final Pattern STANDARD = Pattern.compile("([NnFfDdXxEePpGg])(\\d{0,2})");
    private static final Pattern CUSTOM = Pattern.compile("([#0,]*)(?:\\.([#0]+))?");

    private CompositeFormat() {}

    /** Throws FormatException when format (non-null) is one this class does not implement. */
    public static void check(String format) {
        if (!STANDARD.matcher(format).matches() && !(CUSTOM.matcher(format).matches() && format.matches(".*[0#].*"))) {
            throw new FormatException("the .NET format '" + format + "' is not supported: use N, F, D, X, E, P or G with a "
                                      + "precision, or a pattern of 0, #, ',' and '.'", 0);
        }
    }

    /** The value formatted (format null: as {@code string} shows it) and aligned (alignment 0: as it is). */
    public static String format(Object value, int alignment, String format) {
        String text = format == null ? Show.string(value) : formatted(value, format);
        int width = Math.abs(alignment);
        if (text.length() >= width) {
            return text;
        }
        String pad = " ".repeat(width - text.length());
        return alignment < 0 ? text + pad : pad + text;
    }

    /** Whether a value takes .NET's date and time patterns ({@code yyyy-MM-dd}, {@code hh\\:mm}) rather than numeric ones. */
    public static boolean temporal(Object value) {
        return value instanceof NetDateTime || value instanceof NetTimeSpan;
    }

    private static String formatted(Object value, String format) {
        if (value instanceof NetDateTime d) return DateTimeText.format(d, format);
        if (value instanceof NetTimeSpan s) return DateTimeText.span(s, format);
        Matcher standard = STANDARD.matcher(format);
        if (standard.matches()) {
            char kind = standard.group(1).charAt(0);
            int precision = standard.group(2).isEmpty() ? -1 : Integer.parseInt(standard.group(2));
            return switch (Character.toUpperCase(kind)) {
                case 'N' -> fixed(value, precision < 0 ? 2 : precision, true);
                case 'F' -> fixed(value, precision < 0 ? 2 : precision, false);
                case 'D' -> digits(value, precision);
                case 'X' -> hex(value, precision, kind == 'X');
                case 'P' -> fixed(decimal(value).movePointRight(2), precision < 0 ? 2 : precision, true) + " %";
                case 'G' -> general(value, precision, kind == 'G' ? 'E' : 'e');
                default -> exponent(value, precision < 0 ? 6 : precision, kind);
            };
        }
        Matcher custom = CUSTOM.matcher(format);
        if (!custom.matches()) check(format);
        String integral = custom.group(1);
        String fraction = custom.group(2) == null ? "" : custom.group(2);
        String text = fixed(value, fraction.length(), integral.contains(","));
        // '#' places in the fraction are dropped when they would print trailing zeros
        int optional = fraction.length() - fraction.replace("#", "").length();
        for (int k = 0; k < optional && text.endsWith("0"); k++) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        int minimum = integral.replace("#", "").replace(",", "").length();
        return padIntegral(text, minimum);
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case Double d -> new BigDecimal(d);
            // float32 formats from the shortest text that reads back as it, as .NET formats a Single.
            case Float f -> new BigDecimal(Float.toString(f));
            case BigDecimal m -> m;
            case BigInteger b -> new BigDecimal(b);
            default -> {
                NumType t = Numbers.typeOf(value);
                if (t == null || t == NumType.CHAR) throw new FormatException("a .NET numeric format needs a number, not " + Show.string(value), 0);
                long bits = Numbers.unbox(t, value);
                yield t.unsigned64() ? new BigDecimal(new BigInteger(Long.toUnsignedString(bits))) : BigDecimal.valueOf(bits);
            }
        };
    }

    /** An integer's value, for the formats only integers take (D and X). */
    private static long integer(Object value, char format) {
        NumType t = Numbers.typeOf(value);
        if (t == null || t.floating() || t == NumType.CHAR) throw new FormatException("the format '" + format + "' needs an integer", 0);
        return Numbers.unbox(t, value);
    }

    private static String fixed(Object value, int decimals, boolean grouped) {
        BigDecimal rounded = decimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", rounded);
    }

    private static String digits(Object value, int precision) {
        long l = integer(value, 'D');
        String text = Long.toString(Math.abs(l));
        text = "0".repeat(Math.max(0, precision - text.length())) + text;
        return l < 0 ? "-" + text : text;
    }

    private static String hex(Object value, int precision, boolean upper) {
        long l = integer(value, 'X');
        NumType t = Numbers.typeOf(value);
        // A negative number prints its two's complement in its own type's width, as .NET does; an int is 32 bits in
        // F#, so one in Int32's range prints as an Int32.
        int bits = t == NumType.INT64 && l == (int) l ? 32 : t.bits;
        String text = bits == 0 || bits == 64 ? Long.toHexString(l) : Long.toHexString(l & ((1L << bits) - 1));
        text = "0".repeat(Math.max(0, precision - text.length())) + text;
        return upper ? text.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * .NET's G format: without a precision the value as {@code string} shows it (a float's shortest round-trip
     * digits); with one, that many significant digits, in scientific notation unless the exponent is above -5 and
     * below the precision, trailing zeros dropped.
     */
    private static String general(Object value, int precision, char e) {
        if (precision <= 0 || !(value instanceof Double || value instanceof Float || value instanceof BigDecimal)) {
            decimal(value); // not a number: the format's error
            return Show.string(value);
        }
        BigDecimal d = decimal(value);
        if (d.signum() == 0) return "0";
        BigDecimal rounded = d.round(new java.math.MathContext(precision, RoundingMode.HALF_UP));
        int exp = rounded.precision() - rounded.scale() - 1;
        if (exp <= -5 || exp >= precision) {
            String digits = rounded.unscaledValue().abs().toString().replaceAll("0+$", "");
            String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return (rounded.signum() < 0 ? "-" : "") + mantissa + e + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        String plain = rounded.toPlainString();
        return plain.contains(".") ? plain.replaceAll("0+$", "").replaceAll("\\.$", "") : plain;
    }

    /** .NET's E format: one digit, the precision's decimals, then E (or e), a sign and at least three exponent digits. */
    private static String exponent(Object value, int precision, char kind) {
        String text = String.format(Locale.ROOT, "%." + precision + "e", decimal(value));
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e);
        int exp = Integer.parseInt(text.substring(e + 1));
        return mantissa + kind + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%03d", Math.abs(exp));
    }

    private static String padIntegral(String text, int minimum) {
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        int dot = body.indexOf('.');
        int integralDigits = (dot < 0 ? body : body.substring(0, dot)).replace(",", "").length();
        if (integralDigits == 1 && body.startsWith("0") && minimum == 0) {
            body = body.substring(1); // "#.##" prints .5, not 0.5
        } else if (integralDigits < minimum) {
            body = "0".repeat(minimum - integralDigits) + body;
        }
        return negative ? "-" + body : body;
    }
}
