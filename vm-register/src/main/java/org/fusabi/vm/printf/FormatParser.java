package org.fusabi.vm.printf;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.printf.FormatString.Hole;

/**
 * Parses a format string, rejecting what the F# compiler rejects (CheckFormatStrings.fs): repeated flags,
 * {@code +} with space, {@code #}, a precision on integer or text holes, and sign or zero flags on text.
 * {@code *} widths and positional holes are not supported.
 */
final class FormatParser {
    /** Keeps a width or precision far from int overflow; no sane format comes near it. */
    private static final int MAX_NUMBER = 100_000;

    private final String fmt;
    private int i;

    FormatParser(String fmt) {
        this.fmt = fmt;
    }

    FormatString parse() {
        List<String> literals = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c != '%') {
                literal.append(c);
                i++;
                continue;
            }
            Hole hole = hole();
            if (hole == null) {
                literal.append('%');
            } else {
                literals.add(literal.toString());
                literal.setLength(0);
                holes.add(hole);
            }
        }
        literals.add(literal.toString());
        return new FormatString(fmt, literals.toArray(String[]::new), holes.toArray(Hole[]::new));
    }

    /** Parses the hole at {@code i}, which is a '%'; null for "%%". */
    private Hole hole() {
        int percent = i++;
        boolean left = false;
        boolean zero = false;
        char sign = 0;
        for (boolean more = true; more; ) {
            char c = charAt(percent);
            switch (c) {
                case '-' -> left = setOnce(left, c);
                case '0' -> zero = setOnce(zero, c);
                case '+', ' ' -> {
                    if (sign != 0) throw error("the '+' and ' ' flags exclude each other and may be given once", i);
                    sign = c;
                }
                case '#' -> throw error("the '#' flag is not valid in F# format strings", i);
                default -> more = false;
            }
            if (more) i++;
        }
        int width = number(percent, "width");
        int precision = Hole.UNSPECIFIED;
        if (charAt(percent) == '.') {
            i++;
            if (!isDigit(charAt(percent))) throw error("precision missing after '.'", i);
            precision = number(percent, "precision");
        }
        int at = i;
        char conversion = charAt(percent);
        i++;
        return switch (conversion) {
            case '%' -> null; // F# allows and ignores flags here ("%-4.2%")
            case 'd', 'i', 'u', 'x', 'X', 'o', 'B' -> {
                if (precision != Hole.UNSPECIFIED) throw noPrecision(conversion, at);
                yield new IntegerHole(conversion, left, zero, sign, width);
            }
            case 'f', 'F', 'e', 'E', 'g', 'G', 'M' -> new FloatHole(conversion, left, zero, sign, width, precision);
            case 's', 'c', 'b', 'O' -> {
                if (precision != Hole.UNSPECIFIED) throw noPrecision(conversion, at);
                if (zero) throw error("'%" + conversion + "' does not support the '0' flag", at);
                if (sign != 0) throw error("'%" + conversion + "' does not support the '" + sign + "' flag", at);
                yield new TextHole(conversion, left, width);
            }
            case 'A' -> {
                if (sign == ' ') throw error("'%A' does not support the ' ' flag", at);
                yield new AnyHole(left, zero, sign, width, precision);
            }
            case '*' -> throw error("'*' width and precision are not supported", at);
            default -> throw error("unknown format specifier '%" + conversion + "'", at);
        };
    }

    private boolean setOnce(boolean alreadySet, char flag) {
        if (alreadySet) throw error("the '" + flag + "' flag is given twice", i);
        return true;
    }

    /** Digits at {@code i}, or {@link Hole#UNSPECIFIED} if there are none. */
    private int number(int percent, String what) {
        int start = i;
        int n = 0;
        while (isDigit(charAt(percent))) {
            n = n * 10 + (fmt.charAt(i) - '0');
            if (n > MAX_NUMBER) throw error(what + " too large", start);
            i++;
        }
        return i == start ? Hole.UNSPECIFIED : n;
    }

    /** The character at {@code i}, which must exist: a hole cut off by the end of the string is an error. */
    private char charAt(int percent) {
        if (i >= fmt.length()) throw error("missing format specifier after '%'", percent);
        return fmt.charAt(i);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static FormatException noPrecision(char conversion, int at) {
        return error("'%" + conversion + "' does not support a precision", at);
    }

    private static FormatException error(String message, int offset) {
        return new FormatException(message, offset);
    }
}
