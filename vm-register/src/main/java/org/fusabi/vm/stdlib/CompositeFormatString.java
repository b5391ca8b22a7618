package org.fusabi.vm.stdlib;

import org.fusabi.vm.NetErrors;
import org.fusabi.vm.printf.CompositeFormat;
import org.fusabi.vm.printf.FormatException;

/**
 * .NET's composite format strings, as String.Format and Console.WriteLine(format, args) read them: each item
 * {@code {index,alignment:format}} is formatted as an interpolated string's hole is ({@link CompositeFormat}), and
 * {@code {{ }}} are braces.
 */
final class CompositeFormatString {
    private CompositeFormatString() {}

    static String format(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '}') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw malformed();
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < format.length() && format.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int end = format.indexOf('}', i);
            if (end < 0) throw malformed();
            appendItem(out, format.substring(i + 1, end), args);
            i = end + 1;
        }
        return out.toString();
    }

    /** One format item's text between its braces: index, then optional alignment and format. */
    private static void appendItem(StringBuilder out, String item, Object[] args) {
        int colon = item.indexOf(':');
        String head = colon < 0 ? item : item.substring(0, colon);
        String spec = colon < 0 ? "" : item.substring(colon + 1);
        int comma = head.indexOf(',');
        int index;
        int alignment = 0;
        try {
            index = Integer.parseInt((comma < 0 ? head : head.substring(0, comma)).strip());
            if (comma >= 0) alignment = Integer.parseInt(head.substring(comma + 1).strip());
        } catch (NumberFormatException e) {
            throw malformed();
        }
        if (index < 0 || index >= args.length) {
            throw NetErrors.format("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
        }
        try {
            if (!spec.isEmpty() && !CompositeFormat.temporal(args[index])) CompositeFormat.check(spec);
            out.append(CompositeFormat.format(args[index], alignment, spec.isEmpty() ? null : spec));
        } catch (FormatException e) {
            throw NetErrors.format("Format specifier was invalid.");
        }
    }

    private static RuntimeException malformed() {
        return NetErrors.format("Input string was not in a correct format.");
    }
}
