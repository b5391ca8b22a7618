package org.fusabi.vm.printf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.value.DateTimeText;
import org.fusabi.vm.value.NetDateTime;
import org.fusabi.vm.value.NetTimeSpan;
import org.fusabi.vm.value.Show;

/**
 * .NET's composite formatting of one value, as an F# interpolated string's hole {@code {x,alignment:format}} asks
 * for it: the standard numeric formats N, F, D, X and E (with their precision), custom patterns made of {@code 0},
 * {@code #}, {@code ,} and one {@code .}, and right or left alignment in a field. Numbers print as .NET's invariant
 * culture prints them: the exact decimal value rounded half away from zero, {@code ,} between thousands. Dates and
 * durations take .NET's date and time formats instead.
 */
public final class CompositeFormat {
    private static final Pattern STANDARD = Pattern.compile("([NnFfDdXxEe])(\\d{0,2})");
    private static final Pattern CUSTOM = Pattern.compile("([#0,]*)(?:\\.([#0]+))?");

    private CompositeFormat() {}

    /** Throws FormatException when format (non-null) is one this class does not implement. */
    public static void check(String format) {
        if (!STANDARD.matcher(format).matches() && !(CUSTOM.matcher(format).matches() && format.matches(".*[0#].*"))) {
            throw new FormatException("the .NET format '" + format + "' is not supported: use N, F, D, X or E with a "
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
                default -> exponent(value, precision < 0 ? 6 : precision, kind);
            };
        }
        Matcher custom = CUSTOM.matcher(format);
        custom.matches();
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
            default -> throw new FormatException("a .NET numeric format needs a number, not " + Show.string(value), 0);
        };
    }

    private static String fixed(Object value, int decimals, boolean grouped) {
        BigDecimal rounded = decimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", rounded);
    }

    private static String digits(Object value, int precision) {
        if (!(value instanceof Long l)) {
            throw new FormatException("the format 'D' needs an integer", 0);
        }
        String text = Long.toString(Math.abs(l));
        text = "0".repeat(Math.max(0, precision - text.length())) + text;
        return l < 0 ? "-" + text : text;
    }

    private static String hex(Object value, int precision, boolean upper) {
        if (!(value instanceof Long l)) {
            throw new FormatException("the format 'X' needs an integer", 0);
        }
        String text = Long.toHexString(l);
        text = "0".repeat(Math.max(0, precision - text.length())) + text;
        return upper ? text.toUpperCase(Locale.ROOT) : text;
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
