package org.fusabi.compiler;

/**
 * F#'s {@code global.}, which names a namespace from the root ({@code global.System.Int32}) past any of the same
 * name nested in the script's: a script declares no namespaces, so the name after it means what it means alone.
 */
final class RootNamespace {
    private RootNamespace() {}

    /** Steps over {@code global.} when a name follows it (a bare {@code global} stays an error). */
    static void skip(TokenStream ts) {
        Token t = ts.peek();
        if (t.kind() == TokenKind.IDENT && t.text().equals("global") && ts.peek(1).kind() == TokenKind.DOT) {
            ts.next();
            ts.next();
        }
    }
}
