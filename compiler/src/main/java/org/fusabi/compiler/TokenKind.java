package org.fusabi.compiler;

import java.util.HashMap;
import java.util.Map;

/** The kinds of tokens; keywords carry their spelling so the lexer can recognise them. */
public enum TokenKind {
    INT, FLOAT, CHAR, STRING,
    /** An interpolated string; its value is a list of String pieces and {@link Lexer.Hole}s. */
    INTERP,
    IDENT,
    /** {@code 'a}; the text excludes the quote. */
    TYPEVAR,
    /** Any symbolic operator, including {@code = | -> <- * < >}; the parser tells them apart by text. */
    OP,
    LPAREN, RPAREN, LBRACK, RBRACK, LARRAY, RARRAY, LBRACE, RBRACE, LANON, RANON,
    COMMA, SEMI, COLON, DOT, DOTDOT,
    /** {@code #load}, {@code #time}...: a {@code #} and a name, first on its line ({@link HashDirectives}). */
    DIRECTIVE,
    /** {@code ;;}, which ends a top-level declaration. */
    SEMISEMI,
    LET("let"), REC("rec"), AND("and"), IN("in"), MUTABLE("mutable"),
    IF("if"), THEN("then"), ELIF("elif"), ELSE("else"),
    MATCH("match"), WITH("with"), WHEN("when"), AS("as"), FUN("fun"), FUNCTION("function"),
    TRY("try"), FINALLY("finally"),
    FOR("for"), TO("to"), DOWNTO("downto"), WHILE("while"), DO("do"), YIELD("yield"),
    TYPE("type"), OF("of"), MODULE("module"), OPEN("open"), EXCEPTION("exception"),
    TRUE("true"), FALSE("false"),
    BEGIN("begin"), END("end"), DONE("done"),
    INLINE("inline"), PRIVATE("private"), INTERNAL("internal"), PUBLIC("public"),
    EOF;

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.keyword != null) {
                KEYWORDS.put(k.keyword, k);
            }
        }
    }

    private final String keyword;

    TokenKind() {
        this(null);
    }

    TokenKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword spelled by word, or IDENT when it is an ordinary identifier. */
    static TokenKind ofWord(String word) {
        return KEYWORDS.getOrDefault(word, IDENT);
    }
}
