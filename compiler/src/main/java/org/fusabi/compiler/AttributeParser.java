package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Attribute;

/**
 * Attribute lists, {@code [<Literal>]} or {@code [<Obsolete("old"); CompiledName("f")>]}, wherever F# allows them (before
 * declarations, union cases, record fields and parameters), and the modifiers F# allows before a bound name:
 * {@code inline} and the access modifiers. An attribute keeps its name; its arguments are read past, as no
 * attribute Fusabi gives a meaning to takes any.
 */
final class AttributeParser {
    private final TokenStream ts;

    AttributeParser(TokenStream ts) {
        this.ts = ts;
    }

    /** Whether an attribute list starts here: {@code [} with {@code <} right after it. */
    boolean atAttributes() {
        Token next = ts.peek(1);
        return ts.at(TokenKind.LBRACK) && next.kind() == TokenKind.OP && next.text().startsWith("<") && !next.spaceBefore();
    }

    /** The attribute lists here, one after the other; empty when there are none. */
    List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        while (atAttributes()) {
            Token open = ts.next();
            ts.takeOpPrefix("<");
            do {
                out.add(attribute());
            } while (accept(TokenKind.SEMI));
            if (!atClose()) {
                throw new CompileError(ts.peek().pos(), "expected '>]' to close the attribute list opened at " + open.pos()
                                                        + " but found " + ts.peek().describe());
            }
            ts.takeOpPrefix(">");
            ts.next();
        }
        return out;
    }

    private Attribute attribute() {
        if (ts.at(TokenKind.IDENT) && ts.peek(1).kind() == TokenKind.COLON) {
            ts.next(); // a target such as assembly: or return:
            ts.next();
        }
        Token first = ts.peek();
        if (first.kind() != TokenKind.IDENT) {
            throw new CompileError(first.pos(), "expected an attribute name but found " + first.describe());
        }
        StringBuilder name = new StringBuilder(ts.next().text());
        while (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT) {
            ts.next();
            name.append('.').append(ts.next().text());
        }
        skipArguments();
        return new Attribute(first.pos(), name.toString());
    }

    /** Reads past an attribute's arguments: everything up to the next {@code ;} or {@code >]} outside brackets. */
    private void skipArguments() {
        int depth = 0;
        while (!ts.at(TokenKind.EOF) && (depth > 0 || !(ts.at(TokenKind.SEMI) || atClose()))) {
            switch (ts.next().kind()) {
                case LPAREN, LBRACK, LARRAY, LBRACE -> depth++;
                case RPAREN, RBRACK, RARRAY, RBRACE -> depth--;
                default -> { }
            }
        }
    }

    private boolean atClose() {
        return ts.peek().kind() == TokenKind.OP && ts.peek().text().equals(">") && ts.peek(1).kind() == TokenKind.RBRACK;
    }

    /**
     * Reads past {@code inline} and {@code private}, {@code internal}, {@code public}. Access control only rejects
     * programs (F# checks a name's use against its declaration), so a program F# accepts means the same without it.
     */
    /** Skips {@code inline} and the access modifiers, which change nothing in a script; whether inline was among them. */
    boolean skipModifiers() {
        boolean inline = false;
        while (ts.at(TokenKind.INLINE) || ts.at(TokenKind.PRIVATE) || ts.at(TokenKind.INTERNAL) || ts.at(TokenKind.PUBLIC)) {
            inline |= ts.next().kind() == TokenKind.INLINE;
        }
        return inline;
    }

    private boolean accept(TokenKind kind) {
        if (ts.at(kind)) {
            ts.next();
            return true;
        }
        return false;
    }
}
