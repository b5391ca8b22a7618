package org.fusabi.cli.repl;

import java.util.List;

/**
 * Splits typed lines into inputs. A line that cannot be the end of a declaration by the offside rule (it ends
 * with {@code =}, {@code ->}, {@code then}, an open bracket...) opens a block: the lines after it belong to the
 * same input until an empty line.
 */
final class Chunks {
    private static final List<String> OPENERS = List.of("=", "->", "<-", "then", "else", "do", "with", "of", "in",
            "function", "try", "finally", "(", "[", "[|", "{", ",", ";", "|>", "||", "&&", "::", "+", "-", "*", "/", "@", "^");

    private final LineSource in;

    Chunks(LineSource in) {
        this.in = in;
    }

    /** The next input, or null at the end of input. */
    String next() {
        String first = in.readLine("> ");
        if (first == null) return null;
        if (!opensBlock(first)) return first;
        StringBuilder chunk = new StringBuilder(first);
        while (true) {
            String line = in.readLine(". ");
            if (line == null || line.isBlank()) return chunk.toString();
            chunk.append('\n').append(line);
        }
    }

    static boolean opensBlock(String line) {
        String code = stripComment(line).strip();
        if (code.isEmpty()) return false;
        int depth = 0;
        for (char c : code.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
        }
        if (depth > 0) return true;
        for (String opener : OPENERS) {
            if (!code.endsWith(opener)) continue;
            boolean word = Character.isLetter(opener.charAt(0));
            int before = code.length() - opener.length() - 1;
            if (!word || before < 0 || !Character.isLetterOrDigit(code.charAt(before))) return true;
        }
        return false;
    }

    /** Drops a trailing {@code //} comment that is not inside a string. */
    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) inString = !inString;
            else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') return line.substring(0, i);
        }
        return line;
    }
}
