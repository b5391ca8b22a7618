package org.fusabi.vm.printf;

import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.Show;

/**
 * {@code %A}. F# does not pad it: the width becomes the layout's line width, {@code 0} means one line,
 * and the precision caps the number of values printed (printf.fs GenericToString).
 */
final class AnyHole extends Hole {
    private final int printWidth;
    private final int printSize;

    AnyHole(boolean leftJustify, boolean zeroPad, char signFlag, int width, int precision) {
        super('A', leftJustify, zeroPad, signFlag, width, precision);
        this.printWidth = zeroPad ? 0 : width == UNSPECIFIED ? Show.PRINT_WIDTH : width;
        this.printSize = precision == UNSPECIFIED ? Show.PRINT_SIZE : precision;
    }

    @Override
    public ArgKind kind() {
        return ArgKind.ANY;
    }

    @Override
    void appendTo(StringBuilder out, Object arg) {
        Show.appendAny(out, arg, printWidth, printSize);
    }
}
