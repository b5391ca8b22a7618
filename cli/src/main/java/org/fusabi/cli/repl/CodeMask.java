package org.fusabi.cli.repl;

/**
 * Hides what is not code in a typed input: the insides of string and character literals and whole comments become
 * spaces (line breaks stay), so brackets, {@code ;;} and a trailing operator can be found by searching the text.
 * An unterminated literal or comment runs to the end, as it would for the lexer.
 */
final class CodeMask {
    private final String text;
    private final StringBuilder out;
    private int i;

    private CodeMask(String text) {
        this.text = text;
        this.out = new StringBuilder(text);
    }

    static String of(String text) {
        CodeMask m = new CodeMask(text);
        m.scan();
        return m.out.toString();
    }

    private void scan() {
        while (i < text.length()) {
            if (text.startsWith("//", i)) {
                blankUntil(endOfLine());
            } else if (text.startsWith("(*", i) && !text.startsWith("(*)", i)) {
                blankUntil(endOfComment());
            } else if (text.startsWith("\"\"\"", i)) {
                int close = text.indexOf("\"\"\"", i + 3);
                i += 3;
                blankUntil(close < 0 ? text.length() : close);
                i += 3;
            } else if (text.charAt(i) == '"') {
                boolean verbatim = i > 0 && text.charAt(i - 1) == '@';
                i++;
                blankUntil(endOfString(verbatim));
                i++;
            } else if (text.charAt(i) == '\'' && endOfChar() > 0) {
                int close = endOfChar();
                i++;
                blankUntil(close);
                i++;
            } else {
                i++;
            }
        }
    }

    /** Blanks from the cursor to end (exclusive), keeping line breaks; the cursor moves to end. */
    private void blankUntil(int end) {
        for (; i < Math.min(end, text.length()); i++) {
            if (text.charAt(i) != '\n') out.setCharAt(i, ' ');
        }
    }

    private int endOfLine() {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    private int endOfComment() {
        int depth = 0;
        for (int j = i; j < text.length(); j++) {
            if (text.startsWith("(*", j)) {
                depth++;
                j++;
            } else if (text.startsWith("*)", j)) {
                j++;
                if (--depth == 0) return j + 1;
            }
        }
        return text.length();
    }

    /** The index of the closing quote of a string whose body starts at the cursor. */
    private int endOfString(boolean verbatim) {
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\' && !verbatim) {
                j++;
            } else if (c == '"') {
                if (verbatim && j + 1 < text.length() && text.charAt(j + 1) == '"') j++;
                else return j;
            }
        }
        return text.length();
    }

    /** The index of the closing quote of a character literal at the cursor ({@code 'a'}, {@code '\n'}), or -1 for a type variable. */
    private int endOfChar() {
        if (i + 2 < text.length() && text.charAt(i + 1) != '\\' && text.charAt(i + 2) == '\'') return i + 2;
        if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
            int close = text.indexOf('\'', i + 2);
            if (close > 0 && close - i <= 10) return close;
        }
        return -1;
    }
}
