package org.fusabi.compiler;

/**
 * F#'s struct tuples, {@code struct (1, 2)} in expressions, patterns and types, are read as Fusabi's tuples: both
 * are immutable and compared by value, so a script cannot tell a copied struct from a shared tuple.
 */
final class StructTuples {
    private StructTuples() {}

    /** Whether {@code struct} and a parenthesised tuple come next ({@code let struct (a, b) = …} binds no function). */
    static boolean at(TokenStream ts) {
        Token t = ts.peek();
        return t.kind() == TokenKind.IDENT && t.text().equals("struct") && ts.peek(1).kind() == TokenKind.LPAREN;
    }

    /** Steps over {@code struct} when a parenthesised tuple follows it. */
    static void skip(TokenStream ts) {
        if (at(ts)) ts.next();
    }
}
