package org.fusabi.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;

/** Turns source text into tokens following F#'s lexical rules, recording the layout facts the parser needs. */
public final class Lexer {

    /**
     * An interpolated string's {@code {expr}} hole: the expression's source and where it starts, so the parser can
     * report exact positions, and what .NET's composite formatting adds after it: an alignment ({@code {x,-7}}: "-7")
     * and a format ({@code {x:N3}}: "N3"), each null when absent.
     */
    public record Hole(String source, Pos pos, String alignment, String format) {
        public Hole(String source, Pos pos) {
            this(source, pos, null, null);
        }
    }

    private static final String OP_CHARS = "!$%&*+-/<=>?@^|~";

    private final String src;
    /** What the tokens' positions point into; null for text without a name. */
    private final Source source;
    private final List<Token> tokens = new ArrayList<>();
    private int i;
    private int line;
    private int col;
    /** Whether a token already started on the current line; the next one is first on its line otherwise. */
    private boolean lineHasToken;
    private int indent;
    /** Where the last token ended: end of input is reported there rather than on a trailing blank line. */
    private Pos lastEnd;
    /** The {@code #if} lines whose {@code #endif} is still to come, innermost first. */
    private final ArrayDeque<Pos> openIfs = new ArrayDeque<>();

    private Lexer(String src, Pos origin, boolean lineHasToken) {
        this.src = src;
        this.source = origin.source();
        this.line = origin.line();
        this.col = origin.col();
        this.lineHasToken = lineHasToken;
        this.indent = origin.col();
        this.lastEnd = origin;
    }

    public static List<Token> tokenize(String source) {
        return tokenize(source, new Pos(1, 1));
    }

    /** Tokens whose positions point into the source, so that diagnostics name its file. */
    public static List<Token> tokenize(Source source) {
        return tokenize(source.text(), new Pos(1, 1, source));
    }

    private static List<Token> tokenize(String text, Pos origin) {
        Lexer lexer = new Lexer(text, origin, false);
        // Editors on Windows start UTF-8 files with a byte order mark; F# ignores it, and columns do not count it.
        if (text.startsWith("\uFEFF")) lexer.i = 1;
        return lexer.run();
    }

    /** Tokens of a hole: positions continue those of the enclosing string, and its first token is not at a line start. */
    static List<Token> tokenize(Hole hole) {
        return new Lexer(hole.source(), hole.pos(), true).run();
    }

    private List<Token> run() {
        boolean space = true;
        while (true) {
            space |= skipBlank();
            if (i >= src.length()) {
                if (!openIfs.isEmpty()) {
                    throw unterminatedIf();
                }
                tokens.add(new Token(TokenKind.EOF, "", null, lastEnd, true, true, 0));
                return tokens;
            }
            lexToken(space);
            space = false;
        }
    }

    // ---- characters ----

    private char peek(int ahead) {
        int j = i + ahead;
        return j < src.length() ? src.charAt(j) : '\0';
    }

    private char advance() {
        char c = src.charAt(i++);
        if (c == '\n') {
            line++;
            col = 1;
            lineHasToken = false;
        } else {
            col++;
        }
        return c;
    }

    private void advance(int n) {
        for (int k = 0; k < n; k++) {
            advance();
        }
    }

    private Pos pos() {
        return new Pos(line, col, source);
    }

    private boolean startsWith(String s) {
        return src.startsWith(s, i);
    }

    private static boolean identStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean identPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }

    /** Skips whitespace and comments, telling whether there were any. */
    private boolean skipBlank() {
        int before = i;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\r' || c == '\n') {
                advance();
            } else if (c == '\t') {
                throw new CompileError(pos(), "tab characters are not allowed in F# code; indent with spaces");
            } else if (startsWith("//")) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    advance();
                }
            } else if (startsWith("(*") && !startsWith("(*)")) {
                // F# reads "(*)" as the multiplication operator, not as the start of a comment
                skipBlockComment();
            } else if (c == '#' && !lineHasToken && !HashDirectives.NAMES.contains(directiveName())) {
                directive();
            } else {
                break;
            }
        }
        return i > before;
    }

    // ---- directives: lines starting with # ----

    private void directive() {
        Pos start = pos();
        String text = restOfLine().strip();
        if (start.line() == 1 && start.col() == 1 && text.startsWith("#!")) {
            return; // the interpreter line of an executable script
        }
        switch (Directives.classify(text, start)) {
            case IF -> {
                openIfs.push(start);
                if (!Directives.condition(text, start)) {
                    skipInactive(true);
                }
            }
            case ELSE -> {
                requireOpenIf(start, "#else");
                skipInactive(false);
            }
            case ENDIF -> {
                requireOpenIf(start, "#endif");
                openIfs.pop();
            }
            case IGNORED -> { }
        }
    }

    /**
     * Skips the lines of a section whose condition is false, as F# does: they are not lexed, only searched for the
     * {@code #if}, {@code #else} and {@code #endif} lines that end the section. Stops after the {@code #else} (when
     * elseEnds) or the {@code #endif} of the innermost open {@code #if}.
     */
    private void skipInactive(boolean elseEnds) {
        int depth = 0;
        while (i < src.length()) {
            restOfLine();
            if (i < src.length()) {
                advance();
            }
            while (peek(0) == ' ') {
                advance();
            }
            String word = directiveWord();
            if (word.equals("#if")) {
                depth++;
            } else if (word.equals("#endif") && depth > 0) {
                depth--;
            } else if (word.equals("#endif") || word.equals("#else") && depth == 0 && elseEnds) {
                if (word.equals("#endif")) {
                    openIfs.pop();
                }
                restOfLine();
                return;
            }
        }
        throw unterminatedIf();
    }

    /** The {@code #name} at the cursor, {@code #} and an identifier: a host's directive when {@link HashDirectives} knows it. */
    private String directiveName() {
        int end = i + 1;
        while (end < src.length() && identPart(src.charAt(end))) {
            end++;
        }
        return src.substring(i, end);
    }

    /** The {@code #word} at the cursor, or "" when the line does not start with one. */
    private String directiveWord() {
        if (peek(0) != '#') {
            return "";
        }
        int end = i + 1;
        while (end < src.length() && Character.isLetter(src.charAt(end))) {
            end++;
        }
        return src.substring(i, end);
    }

    private void requireOpenIf(Pos pos, String directive) {
        if (openIfs.isEmpty()) {
            throw new CompileError(pos, directive + " has no matching #if");
        }
    }

    private CompileError unterminatedIf() {
        return new CompileError(openIfs.peek(), "this #if has no matching #endif");
    }

    /** Advances to the end of the current line, not past its newline, and returns what was passed. */
    private String restOfLine() {
        int from = i;
        while (i < src.length() && src.charAt(i) != '\n') {
            advance();
        }
        return src.substring(from, i);
    }

    private void skipBlockComment() {
        Pos start = pos();
        int depth = 0;
        do {
            if (i >= src.length()) {
                throw new CompileError(start, "unterminated comment: '(*' has no matching '*)'");
            }
            if (depth > 0 && startsWith("(*)")) {
                advance(3); // the operator (*) written inside a comment, as F#'s lexer reads it: no nested comment
            } else if (startsWith("(*")) {
                depth++;
                advance(2);
            } else if (startsWith("*)")) {
                depth--;
                advance(2);
            } else {
                advance();
            }
        } while (depth > 0);
    }

    // ---- tokens ----

    private void lexToken(boolean space) {
        Pos start = pos();
        int from = i;
        boolean first = !lineHasToken;
        if (first) {
            indent = start.col();
        }
        TokenKind kind;
        Object value = null;
        char c = peek(0);
        if (Character.isDigit(c)) {
            kind = number();
            value = numberValue(src.substring(from, i), kind, start);
        } else if (identStart(c)) {
            while (identPart(peek(0))) {
                advance();
            }
            kind = TokenKind.ofWord(src.substring(from, i));
            value = SourceIdentifiers.value(src.substring(from, i), source, start);
            if (value != null) kind = TokenKind.STRING;
        } else if (startsWith("``")) {
            kind = TokenKind.IDENT;
            value = backticked(start);
        } else if (c == '\'' && (peek(1) == '\\' || peek(1) != '\0' && peek(2) == '\'')) {
            kind = TokenKind.CHAR;
            value = charLiteral(start);
        } else if (c == '\'') {
            kind = TokenKind.TYPEVAR;
            typeVar(start);
            from++;
        } else if (c == '"' || (c == '@' && peek(1) == '"')) {
            boolean verbatim = c == '@';
            if (verbatim) {
                advance();
            }
            kind = TokenKind.STRING;
            value = string(start, false, verbatim).getFirst();
        } else if (c == '$' && (peek(1) == '"' || peek(1) == '@' && peek(2) == '"')
                   || c == '@' && peek(1) == '$' && peek(2) == '"') {
            boolean verbatim = c == '@' || peek(1) == '@';
            advance(verbatim ? 2 : 1);
            kind = TokenKind.INTERP;
            value = string(start, true, verbatim);
        } else if (c == '#' && first) {
            advance(directiveName().length());
            kind = TokenKind.DIRECTIVE;
        } else {
            kind = symbol(start);
        }
        // a backticked identifier's text is its name, without the backticks
        String text = kind == TokenKind.IDENT && value instanceof String name ? name : src.substring(from, i);
        tokens.add(new Token(kind, text, kind == TokenKind.IDENT ? null : value, start, space, first, indent));
        lineHasToken = true;
        lastEnd = pos();
    }

    /** {@code ``any name``}: an identifier that may hold spaces or be a keyword; returns the name. */
    private String backticked(Pos start) {
        advance(2);
        int from = i;
        while (!startsWith("``")) {
            if (i >= src.length() || peek(0) == '\n') {
                throw new CompileError(start, "unterminated identifier: '``' has no matching '``' on its line");
            }
            advance();
        }
        String name = src.substring(from, i);
        advance(2);
        if (name.isEmpty()) {
            throw new CompileError(start, "an identifier between double backticks cannot be empty");
        }
        return name;
    }

    private TokenKind symbol(Pos start) {
        char c = advance();
        switch (c) {
            case '(': return TokenKind.LPAREN;
            case ')': return TokenKind.RPAREN;
            case '[':
                if (peek(0) == '|') {
                    advance();
                    return TokenKind.LARRAY;
                }
                return TokenKind.LBRACK;
            case ']': return TokenKind.RBRACK;
            case '{':
                if (peek(0) == '|') {
                    advance();
                    return TokenKind.LANON;
                }
                return TokenKind.LBRACE;
            case '}': return TokenKind.RBRACE;
            case ',': return TokenKind.COMMA;
            case '#': return TokenKind.OP; // a flexible type, #seq<int>: a directive only starts a line
            case ';':
                if (peek(0) == ';') {
                    advance();
                    return TokenKind.SEMISEMI;
                }
                return TokenKind.SEMI;
            case '.':
                if (peek(0) == '.') {
                    advance();
                    return TokenKind.DOTDOT;
                }
                if (OP_CHARS.indexOf(peek(0)) >= 0) {
                    return operator(); // a user operator such as .>> or .+.
                }
                return TokenKind.DOT;
            case ':':
                if (peek(0) == ':' || peek(0) == '=' || peek(0) == '>') {
                    advance();
                    return TokenKind.OP;
                }
                if (peek(0) == '?') {
                    advance(peek(1) == '>' ? 2 : 1); // the type test :? and the downcast :?>
                    return TokenKind.OP;
                }
                return TokenKind.COLON;
            default:
                if (c == '|' && peek(0) == ']') {
                    advance();
                    return TokenKind.RARRAY;
                }
                if (c == '|' && peek(0) == '}') {
                    advance();
                    return TokenKind.RANON;
                }
                if (OP_CHARS.indexOf(c) < 0) {
                    throw new CompileError(start, "unexpected character '" + c + "'");
                }
                return operator();
        }
    }

    /** The rest of an operator whose first character was read; after the first, F# allows dots ({@code >>.}, {@code +.}). */
    private TokenKind operator() {
        while (OP_CHARS.indexOf(peek(0)) >= 0 && !(peek(0) == '|' && (peek(1) == ']' || peek(1) == '}')) || peek(0) == '.' && peek(1) != '.') {
            advance();
        }
        return TokenKind.OP;
    }

    private TokenKind number() {
        if (peek(0) == '0' && "xXoObB".indexOf(peek(1)) >= 0) {
            advance(2);
            while (Character.isLetterOrDigit(peek(0)) || peek(0) == '_') {
                advance();
            }
            return TokenKind.INT;
        }
        TokenKind kind = TokenKind.INT;
        digits();
        // "2." is a float, but "1..5" is a range
        if (peek(0) == '.' && peek(1) != '.' && !identStart(peek(1))) {
            advance();
            kind = TokenKind.FLOAT;
            digits();
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
            && (Character.isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2)))) {
            advance(2);
            kind = TokenKind.FLOAT;
            digits();
        }
        if (kind == TokenKind.INT && peek(0) == 'L') {
            advance();
        }
        while (identPart(peek(0))) {
            advance();
        }
        return kind;
    }

    private void digits() {
        while (Character.isDigit(peek(0)) || peek(0) == '_') {
            advance();
        }
    }

    private Object numberValue(String text, TokenKind kind, Pos start) {
        return NumberLiterals.value(text, kind == TokenKind.FLOAT, followsAdjacentMinus(start), start);
    }

    private boolean followsAdjacentMinus(Pos start) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.getLast();
        return last.isOp("-") && last.line() == start.line() && last.col() + 1 == start.col();
    }

    private Character charLiteral(Pos start) {
        advance();
        StringBuilder sb = new StringBuilder();
        if (peek(0) == '\\') {
            escape(sb);
        } else {
            sb.append(advance());
        }
        if (peek(0) != '\'') {
            throw new CompileError(start, "unterminated character literal");
        }
        advance();
        if (sb.length() != 1) {
            throw new CompileError(start, "a character literal must hold exactly one character");
        }
        return sb.charAt(0);
    }

    private void typeVar(Pos start) {
        advance();
        if (!identStart(peek(0))) {
            throw new CompileError(start, "invalid character literal");
        }
        while (identPart(peek(0))) {
            advance();
        }
    }

    /**
     * Reads a string body from its opening quote(s) to its end. Returns the pieces: for a plain string one String;
     * for an interpolated one Strings and Holes as written (empty pieces dropped).
     */
    private List<Object> string(Pos start, boolean interpolated, boolean verbatim) {
        boolean triple = startsWith("\"\"\"");
        advance(triple ? 3 : 1);
        List<Object> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= src.length()) {
                throw new CompileError(start, "unterminated string literal");
            }
            char c = peek(0);
            if (triple ? startsWith("\"\"\"") : c == '"' && !(verbatim && peek(1) == '"')) {
                advance(triple ? 3 : 1);
                break;
            }
            if (c == '"' && verbatim && !triple) {
                advance(2);
                sb.append('"');
            } else if (c == '\\' && !triple && !verbatim) {
                escape(sb);
            } else if (interpolated && (c == '{' || c == '}') && peek(1) == c) {
                advance(2);
                sb.append(c);
            } else if (interpolated && c == '{') {
                flush(sb, parts);
                parts.add(hole());
            } else if (interpolated && c == '}') {
                throw new CompileError(pos(), "a '}' in an interpolated string must be doubled: '}}'");
            } else {
                sb.append(advance());
            }
        }
        if (!interpolated || sb.length() > 0 || parts.isEmpty()) {
            flush(sb, parts);
        }
        return parts;
    }

    private static void flush(StringBuilder sb, List<Object> parts) {
        parts.add(sb.toString());
        sb.setLength(0);
    }

    private Hole hole() {
        Pos open = pos();
        advance();
        Pos start = pos();
        int from = i;
        int depth = 0;
        while (depth > 0 || peek(0) != '}') {
            if (i >= src.length()) {
                throw new CompileError(open, "unterminated interpolation hole: '{' has no matching '}'");
            }
            char c = advance();
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"') {
                while (i < src.length() && peek(0) != '"') {
                    if (advance() == '\\') {
                        advance();
                    }
                }
                advance(Math.min(1, src.length() - i));
            }
        }
        String source = src.substring(from, i);
        advance();
        if (source.isBlank()) {
            throw new CompileError(open, "empty interpolation hole '{}'");
        }
        return withFormatting(source, start);
    }

    private static final java.util.regex.Pattern ALIGNMENT = java.util.regex.Pattern.compile("\\s*(-?\\d+)\\s*");

    /**
     * Splits {@code expr,alignment:format} at the first colon and the last comma that stand outside brackets and
     * literals: a colon that is part of an operator ({@code ::}, {@code :=}, {@code :>}, {@code :?}) does not count,
     * nor a comma whose alignment is not an integer (it separates a tuple).
     */
    private static Hole withFormatting(String source, Pos pos) {
        int depth = 0;
        int colon = -1;
        int comma = -1;
        for (int k = 0; k < source.length() && colon < 0; k++) {
            char c = source.charAt(k);
            char next = k + 1 < source.length() ? source.charAt(k + 1) : '\0';
            char prev = k > 0 ? source.charAt(k - 1) : '\0';
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '"' -> k = source.indexOf('"', k + 1) < 0 ? source.length() : source.indexOf('"', k + 1);
                case ',' -> comma = depth == 0 ? k : comma;
                case ':' -> colon = depth == 0 && ":=>?".indexOf(next) < 0 && prev != ':' ? k : -1;
                default -> { }
            }
        }
        int end = colon < 0 ? source.length() : colon;
        String format = colon < 0 ? null : source.substring(colon + 1);
        String alignment = null;
        if (comma >= 0 && comma < end && ALIGNMENT.matcher(source.substring(comma + 1, end)).matches()) {
            alignment = source.substring(comma + 1, end).strip();
            end = comma;
        }
        return new Hole(source.substring(0, end), pos, alignment, format);
    }

    /** Reads one escape sequence at a backslash; unknown escapes stay as written, as in F#. */
    private void escape(StringBuilder out) {
        Pos start = pos();
        advance();
        char c = peek(0);
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'a' -> out.append('\u0007');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case '\\', '"', '\'' -> out.append(c);
            case 'u', 'U', 'x' -> {
                int len = c == 'u' ? 4 : c == 'U' ? 8 : 2;
                String hex = src.substring(i + 1, Math.min(src.length(), i + 1 + len));
                if (hex.length() < len || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    throw new CompileError(start, "invalid escape '\\" + c + hex + "': expected " + len + " hex digits");
                }
                out.appendCodePoint(Integer.parseInt(hex, 16));
                advance(len);
            }
            case '0', '1', '2' -> {
                // a trigraph \DDD names a character by its decimal code
                String digits = src.substring(i, Math.min(src.length(), i + 3));
                if (digits.length() < 3 || !digits.chars().allMatch(Character::isDigit)) {
                    out.append('\\');
                    return;
                }
                out.append((char) Integer.parseInt(digits));
                advance(2);
            }
            case '\n' -> {
                // a backslash at the end of a line joins it to the next, dropping that line's indentation
                advance();
                while (peek(0) == ' ') {
                    advance();
                }
                return;
            }
            default -> {
                out.append('\\');
                return;
            }
        }
        advance();
    }
}
