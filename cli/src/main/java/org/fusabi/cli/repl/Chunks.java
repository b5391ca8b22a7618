package org.fusabi.cli.repl;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Splits typed lines into inputs, as F# Interactive does and a little more. {@code ;;} ends an input, on one line or
 * after many, and a line may hold several inputs ({@code let a = 1;; let b = 2;;}). A line without {@code ;;} is an
 * input by itself unless it cannot be the end of a declaration by the offside rule (it ends with {@code =},
 * {@code ->}, {@code then}, an open bracket...): then it opens a block, and the lines after it belong to the same
 * input until an empty line or a {@code ;;}.
 */
final class Chunks {
    private static final List<String> OPENERS = List.of("=", "->", "<-", "then", "else", "do", "with", "of", "in",
            "function", "try", "finally", "(", "[", "[|", "{", ",", ";", "|>", "||", "&&", "::", "+", "-", "*", "/", "@", "^");
    private static final String END = ";;";

    private final LineSource in;
    /** The inputs of a chunk not handed out yet: a chunk holds several when {@code ;;} separates them. */
    private final ArrayDeque<String> pending = new ArrayDeque<>();

    Chunks(LineSource in) {
        this.in = in;
    }

    /** The next input, without its {@code ;;}, or null at the end of input. */
    String next() {
        while (pending.isEmpty()) {
            String chunk = chunk();
            if (chunk == null) return null;
            split(chunk);
        }
        return pending.poll();
    }

    private String chunk() {
        String first = in.readLine("> ");
        if (first == null) return null;
        if (ended(first) || !opensBlock(first)) return first;
        StringBuilder chunk = new StringBuilder(first);
        while (true) {
            String line = in.readLine(". ");
            if (line == null || line.isBlank()) return chunk.toString();
            chunk.append('\n').append(line);
            if (ended(line)) return chunk.toString();
        }
    }

    /**
     * Queues the inputs a chunk's {@code ;;} separate. Each keeps the line numbers it has in the chunk (it starts
     * with a line break for each line before it), so a diagnostic names the line the user sees.
     */
    private void split(String chunk) {
        String mask = CodeMask.of(chunk);
        int from = 0;
        while (from <= chunk.length()) {
            int end = mask.indexOf(END, from);
            if (end < 0) end = chunk.length();
            String input = chunk.substring(from, end);
            if (!input.isBlank()) {
                long linesBefore = chunk.substring(0, from).chars().filter(c -> c == '\n').count();
                pending.add("\n".repeat((int) linesBefore) + input);
            }
            from = end + END.length();
        }
    }

    private static boolean ended(String line) {
        return CodeMask.of(line).stripTrailing().endsWith(END);
    }

    static boolean opensBlock(String line) {
        String code = CodeMask.of(line).strip();
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
}
