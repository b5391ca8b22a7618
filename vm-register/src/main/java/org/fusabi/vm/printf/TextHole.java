package org.fusabi.vm.printf;

import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.Show;

/** {@code %s %c %b %O}: text that is only ever padded with spaces. */
final class TextHole extends Hole {
    TextHole(char conversion, boolean leftJustify, int width) {
        super(conversion, leftJustify, false, (char) 0, width, UNSPECIFIED);
    }

    @Override
    public ArgKind kind() {
        return switch (conversion()) {
            case 's' -> ArgKind.STRING;
            case 'c' -> ArgKind.CHAR;
            case 'b' -> ArgKind.BOOL;
            default -> ArgKind.ANY;
        };
    }

    @Override
    void appendTo(StringBuilder out, Object arg) {
        if (!hasWidth() && arg instanceof String s) {
            out.append(s);
            return;
        }
        String text = text(arg);
        if (!hasWidth()) out.append(text);
        else if (leftJustify()) Pad.right(out, text, width(), ' ');
        else Pad.left(out, text, width(), ' ');
    }

    private String text(Object arg) {
        return switch (conversion()) {
            case 's' -> arg == null ? "" : (String) arg;
            case 'c' -> String.valueOf((char) (Character) arg);
            case 'b' -> (Boolean) arg ? "true" : "false";
            case 'O' -> Show.dotNetToString(arg, "<null>");
            default -> throw new IllegalStateException("not a text conversion: " + conversion());
        };
    }
}
