package org.fusabi.compiler;

import java.util.List;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.TypeExpr;

/**
 * Units of measure, erased: Fusabi does not check units, so a unit annotation ({@code <m/s^2>} after a number or a
 * numeric type) is read and dropped, leaving the plain number and numeric type, which is what F# runs after checking
 * them; a unit declaration ({@code [<Measure>] type N = kg m / s^2}) names {@code unit}.
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

    /**
     * The rest of {@code [<Measure>] type N} or {@code [<Measure>] type N = kg m / s^2}, its line: N names {@code unit},
     * so a type applied to a unit ({@code A<m>} of {@code type A<[<Measure>] 'u>}) names a type.
     */
    static Decl.Types declaration(TokenStream ts, Token type) {
        Token name = ts.next();
        while (ts.continues()) {
            ts.next();
        }
        TypeExpr unit = new TypeExpr.Named(name.pos(), "unit", List.of());
        return new Decl.Types(type.pos(), List.of(new Decl.TypeDef(name.pos(), name.text(), List.of(), new Decl.AliasBody(unit))));
    }
}
