package org.fusabi.vm.printf;

/** .NET's PadLeft/PadRight, writing straight into the output. */
final class Pad {
    private Pad() {}

    static void left(StringBuilder out, String text, int width, char pad) {
        repeat(out, pad, width - text.length());
        out.append(text);
    }

    static void right(StringBuilder out, String text, int width, char pad) {
        out.append(text);
        repeat(out, pad, width - text.length());
    }

    /**
     * F#'s right justification with the {@code 0} flag (printf.fs rightJustifyWithZeroAsPadChar): the
     * zeros go after the sign, so -7 in {@code %04d} is {@code -007} and +7 in {@code %+04d} is {@code +007}.
     */
    static void zeros(StringBuilder out, String digits, boolean positive, String prefix, int width) {
        if (positive) {
            out.append(prefix);
            left(out, digits, width - prefix.length(), '0');
        } else if (digits.startsWith("-")) {
            out.append('-');
            left(out, digits.substring(1), width - 1, '0');
        } else {
            left(out, digits, width, '0');
        }
    }

    private static void repeat(StringBuilder out, char c, int count) {
        for (int i = 0; i < count; i++) out.append(c);
    }
}
