package org.fusabi.compiler;

/**
 * Units of measure, erased: Fusabi does not check units, so a unit annotation ({@code <m/s^2>} after a number or a
 * numeric type) and a unit declaration ({@code [<Measure>] type N = kg m / s^2}) are read and dropped, leaving the
 * plain number and numeric type, which is what F# runs after checking them.
 */
final class Measures {
    private Measures() {}

    /** Whether a unit annotation follows: an angle bracket right after the number or type name, with no space. */
    static boolean atAnnotation(TokenStream ts) {
        Token next = ts.peek();
        return next.kind() == TokenKind.OP && next.text().startsWith("<") && !next.spaceBefore();
    }

    /** Skips {@code <…>}; units hold no angle brackets, so the first {@code >} closes it (sharing a token like {@code >]}). */
    static void skipAnnotation(TokenStream ts) {
        Token open = ts.peek();
        ts.takeOpPrefix("<");
        while (!ts.takeOpPrefix(">")) {
            if (ts.at(TokenKind.EOF)) {
                throw new CompileError(open.pos(), "unit of measure '<' is not closed by '>'");
            }
            ts.next();
        }
    }

    /** Skips the rest of {@code [<Measure>] type N} or {@code [<Measure>] type N = kg m / s^2}: its line. */
    static void skipDeclaration(TokenStream ts) {
        ts.next();
        while (ts.continues()) {
            ts.next();
        }
    }
}
