package org.fusabi.compiler;

/** Values of literal tokens, shared by expressions and patterns. */
final class Literals {
    private Literals() {}

    static boolean isLiteral(Token t) {
        return switch (t.kind()) {
            case INT, FLOAT, CHAR, STRING, TRUE, FALSE -> true;
            default -> false;
        };
    }

    /** Whether t is a minus written right against a number, which F# reads as part of the literal: {@code -1}. */
    static boolean isNegativeNumber(Token t, Token following) {
        return t.isOp("-") && !following.spaceBefore()
               && (following.kind() == TokenKind.INT || following.kind() == TokenKind.FLOAT);
    }

    static Object value(Token t) {
        return switch (t.kind()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> t.value();
        };
    }

    static Object negated(Token number) {
        return number.value() instanceof Long l ? (Object) (-l) : (Object) (-(Double) number.value());
    }
}
