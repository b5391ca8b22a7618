package org.fusabi.compiler;

import org.fusabi.compiler.ast.Pos;

/**
 * One token. Layout facts travel with it because F# syntax depends on them: spaceBefore separates
 * {@code a[i]} (indexing) from {@code f [i]} (application), firstOnLine and indent drive the offside rule.
 *
 * @param value       the literal's value (Long, Double, Character, String, or the parts of an interpolated string)
 * @param indent      the column of the first token on this token's line
 */
public record Token(TokenKind kind, String text, Object value, Pos pos,
                    boolean spaceBefore, boolean firstOnLine, int indent) {

    public int line() {
        return pos.line();
    }

    public int col() {
        return pos.col();
    }

    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    /** How the token is named in error messages. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of input";
            case STRING, INTERP -> "string literal";
            case TYPEVAR -> "''" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
