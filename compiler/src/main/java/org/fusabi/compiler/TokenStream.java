package org.fusabi.compiler;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.fusabi.compiler.ast.Pos;

/**
 * A cursor over tokens that also knows F#'s light syntax: a stack of blocks, each with the column its first
 * token set (the offside line). A token on a new line at that column starts the next item of the block;
 * one left of it closes the block.
 */
final class TokenStream {
    private record Context(Pos start, int col) {}

    private final List<Token> tokens;
    private int index;
    private final ArrayDeque<Context> contexts = new ArrayDeque<>();
    /** The innermost block most recently closed by a token left of it, for telling a user which block a stray line misses. */
    private Context lastClosed;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
        contexts.push(new Context(new Pos(1, 0), 0));
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
    }

    /** Whether no token has been consumed yet. */
    boolean atStart() {
        return index == 0;
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    /** Consumes the leading {@code prefix} of an operator token, so that {@code >>} can close two type argument lists. */
    boolean takeOpPrefix(String prefix) {
        Token t = peek();
        if (t.kind() != TokenKind.OP || !t.text().startsWith(prefix)) {
            return false;
        }
        if (t.text().equals(prefix)) {
            next();
        } else {
            Pos rest = t.pos().at(t.line(), t.col() + prefix.length());
            tokens.set(index, new Token(TokenKind.OP, t.text().substring(prefix.length()), null, rest, false, false, t.indent()));
        }
        return true;
    }

    /** Opens a block whose offside line is the current token's column. */
    void pushBlock() {
        Token t = peek();
        contexts.push(new Context(t.pos(), t.col()));
    }

    void popBlock() {
        Context closed = contexts.pop();
        Token t = peek();
        if (t.firstOnLine() && t.kind() != TokenKind.EOF && t.col() < closed.col()) {
            lastClosed = closed;
        }
    }

    int blockCol() {
        return contexts.peek().col();
    }

    /** Whether the current token may extend the expression being parsed: it is not on a new line at or left of the block's column. */
    boolean continues() {
        Token t = peek();
        if (t.kind() == TokenKind.EOF) {
            return false;
        }
        if (!t.firstOnLine() || t.col() > blockCol()) {
            return true;
        }
        // F# lets an infix operator that starts a line stick out left of the block by its length + 1
        return isInfix(t) && t.col() + t.text().length() + 1 >= blockCol();
    }

    /** Whether the current token starts a line exactly at the block's column: the next item of the block. */
    boolean atNewItem() {
        Token t = peek();
        return t.kind() != TokenKind.EOF && t.firstOnLine() && t.col() == blockCol() && !isInfix(t);
    }

    /** Whether the current token belongs to the block: not past the end and not left of its column. */
    boolean withinBlock() {
        Token t = peek();
        return t.kind() != TokenKind.EOF && !offside(t);
    }

    /** Whether a token on a new line sits left of the block's column. */
    boolean offside(Token t) {
        return t.kind() != TokenKind.EOF && t.firstOnLine() && t.col() < blockCol();
    }

    /** A token on a line of its own that opens a keyword's block must be indented past the keyword's line. */
    void checkIndentedPast(Token keyword) {
        Token t = peek();
        if (t.firstOnLine() && t.kind() != TokenKind.EOF && t.col() <= keyword.indent()) {
            throw offsideOf(t, keyword.pos().at(keyword.line(), keyword.indent()));
        }
    }

    /** Whether t, which continues a construct begun by owner (like {@code else} for {@code if}), is not left of owner's line. */
    static boolean alignedWith(Token t, Token owner) {
        return !t.firstOnLine() || t.col() >= owner.indent();
    }

    /**
     * The error for a token that starts a line but fits no block: indented without continuing anything, or stuck
     * between an inner block and the one around it. Null when t is not such a token.
     */
    CompileError strayIndentation(Token t) {
        if (!t.firstOnLine() || t.kind() == TokenKind.EOF) {
            return null;
        }
        if (t.col() > blockCol() && lastClosed != null && t.col() < lastClosed.col()) {
            return offsideOf(t, lastClosed.start());
        }
        if (t.col() < blockCol() && t.col() > outerCol()) {
            return offsideOf(t, contexts.peek().start());
        }
        return null;
    }

    CompileError offsideError(Token t) {
        return offsideOf(t, contexts.peek().start());
    }

    private static CompileError offsideOf(Token t, Pos context) {
        return new CompileError(t.pos(),
            "possible incorrect indentation: this token is offside of the context started at " + context);
    }

    private int outerCol() {
        Iterator<Context> it = contexts.iterator();
        it.next();
        return it.hasNext() ? it.next().col() : 0;
    }

    /** An operator used infix; a line starting with {@code -x} or {@code +x} is a new expression, not a continuation. */
    private boolean isInfix(Token t) {
        if (t.kind() != TokenKind.OP || Operators.precedence(t.text()) == Operators.NONE) {
            return false;
        }
        boolean prefixCapable = t.text().equals("-") || t.text().equals("+");
        return !prefixCapable || tokens.get(index + 1).spaceBefore();
    }
}
