package org.fusabi.compiler;

/**
 * The name of an active pattern, {@code (|Even|Odd|)} or {@code (|Int|_|)}, as it is bound and referred to:
 * the text between the parentheses ({@code "|Even|Odd|"}), which is how the type checker tells its cases.
 */
final class ActivePatternName {
    private ActivePatternName() {}

    /** Whether an active pattern's name starts {@code ahead} tokens on, just after its opening parenthesis. */
    static boolean startsAt(TokenStream ts, int ahead) {
        return ts.peek(ahead).isOp("|") && ts.peek(ahead + 1).kind() == TokenKind.IDENT;
    }

    /** Reads the name from its first bar through the closing parenthesis. */
    static String read(TokenStream ts) {
        StringBuilder name = new StringBuilder("|");
        ts.next();
        while (true) {
            Token item = ts.next();
            if (item.kind() != TokenKind.IDENT) {
                throw new CompileError(item.pos(), "expected the name of an active pattern case but found " + item.describe());
            }
            name.append(item.text()).append('|');
            Token bar = ts.next();
            if (!bar.isOp("|")) {
                throw new CompileError(bar.pos(), "expected '|' after the active pattern case " + item.text() + " but found " + bar.describe());
            }
            if (ts.at(TokenKind.RPAREN)) {
                ts.next();
                return name.toString();
            }
        }
    }
}
