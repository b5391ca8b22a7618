package org.fusabi.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.fusabi.compiler.ast.UserNumber;
import org.fusabi.vm.value.BoxedInt;

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

    /** The literal written with a minus against it, wrapping at its type's width (-128y is 128y negated). */
    static Object negated(Token number) {
        return switch (number.value()) {
            case Long l -> -l;
            case Double d -> -d;
            case Float f -> -f;
            case Integer i -> -i;
            case Short h -> (short) -h;
            case Byte b -> (byte) -b;
            case BigInteger b -> b.negate();
            case BigDecimal d -> d.negate();
            case BoxedInt b -> new BoxedInt(b.type(), b.type().wrap(-b.bits()));
            case UserNumber u -> u.negated();
            default -> throw new IllegalStateException("not a number: " + number.value());
        };
    }
}
