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
    /**
     * A block: its first token's position and column, and the last column that is offside of it. That is the column
     * just left of the block, except inside brackets: there F# (since 6) lets a line undent down to just right of the
     * line the bracket opened on, and such a line continues the expression ({@code f(a,\n    b)}).
     */
    private record Context(Pos start, int col, int offsideCol) {}

    private final List<Token> tokens;
    private int index;
    private final ArrayDeque<Context> contexts = new ArrayDeque<>();
    /** The innermost block most recently closed by a token left of it, for telling a user which block a stray line misses. */
    private Context lastClosed;
    /** Levels of expressions, types and patterns that the one being parsed is nested in (see {@link #nest}). */
    private int nesting;
    /**
     * The deepest nesting a script may have. Every pass after parsing recurses over the tree, so the depth is bounded
     * here, where the error can name the place: this many levels fit the compiler's own stack ({@link CompilerThread})
     * several times over, and no script written by hand comes near it.
     */
    static final int MAX_NESTING = 50_000;

    /** Tokens of a script, or of a string's hole ({@code $"{x}"}) parsed at the given nesting. */
    TokenStream(List<Token> tokens, int nesting) {
        this.tokens = tokens;
        this.nesting = nesting;
        contexts.push(new Context(new Pos(1, 0), 0, -1));
    }

    /** One more level of nesting, which t starts; the parsers call it for every construct that nests (see {@link #MAX_NESTING}). */
    void nest(Token t) {
        if (++nesting > MAX_NESTING) {
            throw new CompileError(t.pos(), "nested too deeply: the compiler allows " + MAX_NESTING + " levels");
        }
    }

    void unnest(int levels) {
        nesting -= levels;
    }

    int nesting() {
        return nesting;
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
            String text = t.text().substring(prefix.length());
            // List<int>.Empty: the dot the lexer joined to the closing '>' is member access
            TokenKind kind = text.equals(".") ? TokenKind.DOT : TokenKind.OP;
            tokens.set(index, new Token(kind, text, null, rest, false, false, t.indent()));
        }
        return true;
    }

    /** Opens a block whose offside line is the current token's column. */
    void pushBlock() {
        Token t = peek();
        contexts.push(new Context(t.pos(), t.col(), t.col() - 1));
    }

    /** Opens the block of what a bracket (or {@code begin}) encloses: lines may undent down to just right of open's line. */
    void pushBracketed(Token open) {
        Token t = peek();
        contexts.push(new Context(t.pos(), t.col(), Math.min(t.col() - 1, open.indent())));
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
        if (!t.firstOnLine() || t.col() > blockCol() || t.col() < blockCol() && !offside(t)) {
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

    /**
     * Whether the current token is {@code module} or {@code type} starting a line right of the block's column but left
     * of the block just closed inside it: F# takes that declaration as the next one of the outer block (warning
     * FS0058), where other tokens there are an error.
     */
    boolean atUndentedDeclaration() {
        Token t = peek();
        return (t.kind() == TokenKind.MODULE || t.kind() == TokenKind.TYPE) && t.firstOnLine() && t.col() > blockCol()
            && lastClosed != null && t.col() < lastClosed.col();
    }

    /** Whether the current token belongs to the block: not past the end and not left of its column. */
    boolean withinBlock() {
        Token t = peek();
        return t.kind() != TokenKind.EOF && !offside(t);
    }

    /** Whether a token on a new line sits left of the block's column. */
    boolean offside(Token t) {
        return t.kind() != TokenKind.EOF && t.firstOnLine() && t.col() <= contexts.peek().offsideCol();
    }

    /** A token on a line of its own that opens a keyword's block must be indented past the keyword's line. */
    void checkIndentedPast(Token keyword) {
        checkIndentedPast(keyword, keyword.indent() + 1);
    }

    /** Like {@link #checkIndentedPast(Token)}, but a line of its own may also start at undentCol or right of it. */
    void checkIndentedPast(Token keyword, int undentCol) {
        Token t = peek();
        if (t.firstOnLine() && t.kind() != TokenKind.EOF && t.col() <= keyword.indent() && t.col() < undentCol) {
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
