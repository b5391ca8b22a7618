package org.fusabi.vm.stdlib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.DotNetDouble;
import org.fusabi.vm.value.Show;

/**
 * .NET's {@code ToString(format)} of ints and floats with the invariant culture, as {@code String.Format("{0:F2}")}
 * uses it: the standard formats D, X, N, F, E, G, P, R and custom patterns of {@code 0 # . ,} and literals.
 */
final class NumberFormat {
    private NumberFormat() {}

    static String format(Object value, String format) {
        if (!(value instanceof Long) && !(value instanceof Double)) return Show.string(value);
        if (format.isEmpty()) return Show.string(value);
        char kind = format.charAt(0);
        String digits = format.substring(1);
        if (Character.isLetter(kind) && digits.chars().allMatch(Character::isDigit)) {
            int precision = digits.isEmpty() ? -1 : Integer.parseInt(digits);
            return standard(value, Character.toUpperCase(kind), Character.isLowerCase(kind), precision);
        }
        return custom(toDecimal(value), format);
    }

    private static String standard(Object value, char kind, boolean lower, int precision) {
        boolean integer = value instanceof Long;
        double d = integer ? (double) (Long) value : (Double) value;
        return switch (kind) {
            case 'D' -> {
                if (!integer) throw badFormat();
                long n = (Long) value;
                String text = Long.toString(Math.abs(n));
                if (n == Long.MIN_VALUE) text = text.substring(1);
                String padded = "0".repeat(Math.max(0, precision - text.length())) + text;
                yield n < 0 ? "-" + padded : padded;
            }
            case 'X' -> {
                if (!integer) throw badFormat();
                String hex = Long.toHexString((Long) value);
                hex = "0".repeat(Math.max(0, precision - hex.length())) + hex;
                yield lower ? hex : hex.toUpperCase();
            }
            case 'F' -> integer ? fixed(toDecimal(value), precision < 0 ? 2 : precision) : DotNetDouble.fixed(d, precision < 0 ? 2 : precision);
            case 'N' -> grouped(integer ? fixed(toDecimal(value), precision < 0 ? 2 : precision) : DotNetDouble.fixed(d, precision < 0 ? 2 : precision));
            case 'E' -> DotNetDouble.exponential(d, precision < 0 ? 6 : precision, lower ? 'e' : 'E');
            case 'G' -> integer && precision < 0 ? Long.toString((Long) value)
                    : precision <= 0 ? DotNetDouble.roundTrip(d, lower ? 'e' : 'E') : DotNetDouble.general(d, precision, lower ? 'e' : 'E');
            case 'R' -> integer ? Long.toString((Long) value) : DotNetDouble.roundTrip(d, 'E');
            case 'P' -> grouped(DotNetDouble.fixed(d * 100, precision < 0 ? 2 : precision)) + " %";
            default -> throw badFormat();
        };
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal((Double) value);
    }

    private static String fixed(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Thousands separators in the integral part of a fixed-point text. */
    private static String grouped(String fixed) {
        boolean negative = fixed.startsWith("-");
        String unsigned = negative ? fixed.substring(1) : fixed;
        int dot = unsigned.indexOf('.');
        String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) out.append(',');
            out.append(whole.charAt(i));
        }
        if (dot >= 0) out.append(unsigned, dot, unsigned.length());
        return (negative ? "-" : "") + out;
    }

    /** A custom pattern: {@code 0} a digit always shown, {@code #} one shown if significant, {@code ,} grouping. */
    private static String custom(BigDecimal value, String pattern) {
        boolean percent = pattern.indexOf('%') >= 0;
        if (percent) value = value.movePointRight(2);
        int dot = pattern.indexOf('.');
        String intPattern = dot < 0 ? pattern : pattern.substring(0, dot);
        String fracPattern = dot < 0 ? "" : pattern.substring(dot + 1);
        int fracMax = count(fracPattern, '0') + count(fracPattern, '#');
        int fracMin = count(fracPattern, '0');
        int intMin = count(intPattern, '0');
        boolean grouping = intPattern.indexOf(',') >= 0;
        BigDecimal rounded = value.abs().setScale(fracMax, RoundingMode.HALF_UP);
        String plain = rounded.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String frac = point < 0 ? "" : plain.substring(point + 1);
        while (frac.length() > fracMin && frac.endsWith("0")) frac = frac.substring(0, frac.length() - 1);
        if (whole.equals("0") && intMin == 0) whole = "";
        if (whole.length() < intMin) whole = "0".repeat(intMin - whole.length()) + whole;
        if (grouping && !whole.isEmpty()) whole = grouped(whole);
        String number = whole + (frac.isEmpty() ? "" : "." + frac);
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0 && rounded.signum() != 0) out.append('-');
        boolean placed = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '0' || c == '#' || c == '.' || c == ',') {
                if (!placed) out.append(number);
                placed = true;
            } else if (c == '\'' || c == '"') {
                int end = pattern.indexOf(c, i + 1);
                out.append(pattern, i + 1, end < 0 ? pattern.length() : end);
                i = end < 0 ? pattern.length() : end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    static RuntimeException badFormat() {
        return NetErrors.format("Format specifier was invalid.");
    }
}
