package org.fusabi.compiler;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.compiler.ast.Pos;

/**
 * The text between an interpolated string's holes, read as F# reads it: as part of a format string. {@code %%} is a
 * percent sign; a format specifier ({@code %d}, {@code %5.2f}, {@code %-8s}) must end the text and types the hole
 * right after it ({@code $"%d{n}"}); any other {@code %} is an error.
 *
 * @param text the characters to print
 * @param spec the specifier that ends the text, or null
 */
record InterpolatedText(String text, String spec) {
    private static final Pattern SPEC = Pattern.compile("%[-+0 ]*\\d*(\\.\\d+)?[a-zA-Z]");

    static InterpolatedText read(String raw, boolean holeNext, Pos pos) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '%') {
                text.append(c);
            } else if (k + 1 < raw.length() && raw.charAt(k + 1) == '%') {
                text.append('%');
                k++;
            } else {
                Matcher m = SPEC.matcher(raw).region(k, raw.length());
                if (!m.lookingAt()) {
                    throw new CompileError(pos, "invalid format specifier in interpolated string at '" + raw.substring(k)
                                                + "': write '%%' for a percent sign");
                }
                if (m.end() < raw.length() || !holeNext) {
                    throw new CompileError(pos, "the format specifier '" + m.group() + "' in an interpolated string must be "
                                                + "followed by the expression it formats, as in '" + m.group() + "{x}'");
                }
                return new InterpolatedText(text.toString(), m.group());
            }
        }
        return new InterpolatedText(text.toString(), null);
    }
}
