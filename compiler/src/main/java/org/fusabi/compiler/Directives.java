package org.fusabi.compiler;

import java.util.Set;
import org.fusabi.compiler.ast.Pos;

/**
 * The lines that start with {@code #}: which of them are accepted, which are rejected with a message naming them,
 * and the truth of {@code #if} conditions. Those a host runs ({@code #load}, {@code #time}, {@code #help},
 * {@code #quit}) are not lines for the lexer to skip but tokens ({@link HashDirectives}). The symbols are those {@code dotnet fsi} defines for a script
 * (only {@code INTERACTIVE}: fsi adds no framework symbols such as {@code NETCOREAPP}), plus {@code FUSABI}.
 */
final class Directives {
    static final Set<String> DEFINED = Set.of("INTERACTIVE", "FUSABI");

    /** What a directive line asks of the lexer. */
    enum Kind { IF, ELSE, ENDIF, IGNORED }

    private Directives() {}

    /** Classifies the directive line {@code text} (from its {@code #} to the end of the line), rejecting those Fusabi cannot honour. */
    static Kind classify(String text, Pos pos) {
        String name = name(text);
        String argument = text.substring(1 + name.length()).strip();
        return switch (name) {
            case "if" -> Kind.IF;
            case "else" -> Kind.ELSE;
            case "endif" -> Kind.ENDIF;
            case "nowarn", "warnon", "line" -> Kind.IGNORED;
            case "light", "indent" -> {
                if (argument.equals("\"off\"")) {
                    throw new CompileError(pos, "#" + name + " \"off\" (the verbose syntax without indentation) is not supported");
                }
                yield Kind.IGNORED;
            }
            case "r", "reference" -> throw unsupported(pos, name, "referencing assemblies and NuGet packages");
            case "I", "Include" -> throw unsupported(pos, name, "adding assembly search paths");
            case "q", "clear" -> throw unsupported(pos, name, "an F# Interactive command");
            default -> {
                // "# 12 \"file\"" is the short form of #line
                if (name.isEmpty() && !argument.isEmpty() && Character.isDigit(argument.charAt(0))) {
                    yield Kind.IGNORED;
                }
                throw new CompileError(pos, "unknown directive '#" + name + "'");
            }
        };
    }

    private static CompileError unsupported(Pos pos, String name, String what) {
        return new CompileError(pos, "#" + name + " (" + what + ") is not supported by Fusabi");
    }

    private static String name(String text) {
        int end = 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(1, end);
    }

    /** The condition of an {@code #if} line: symbols combined with {@code ||}, {@code &&}, {@code !} and parentheses. */
    static boolean condition(String text, Pos pos) {
        String expr = text.substring("#if".length());
        if (expr.isBlank()) {
            throw new CompileError(pos, "#if needs a condition, such as '#if INTERACTIVE'");
        }
        return new Condition(expr, pos).whole();
    }

    /** Recursive descent over an {@code #if} condition, loosest first: {@code ||}, {@code &&}, {@code !}, atoms. */
    private static final class Condition {
        private final String src;
        private final Pos pos;
        private int i;

        Condition(String src, Pos pos) {
            this.src = src;
            this.pos = pos;
        }

        boolean whole() {
            boolean value = or();
            skipSpaces();
            if (i < src.length() && !src.startsWith("//", i)) {
                throw error("unexpected '" + src.substring(i).strip() + "'");
            }
            return value;
        }

        private boolean or() {
            boolean value = and();
            while (accept("||")) {
                value |= and();
            }
            return value;
        }

        private boolean and() {
            boolean value = not();
            while (accept("&&")) {
                value &= not();
            }
            return value;
        }

        private boolean not() {
            return accept("!") ? !not() : atom();
        }

        private boolean atom() {
            if (accept("(")) {
                boolean value = or();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return value;
            }
            skipSpaces();
            int from = i;
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
            if (from == i) {
                throw error("expected a symbol");
            }
            return DEFINED.contains(src.substring(from, i));
        }

        private boolean accept(String token) {
            skipSpaces();
            if (src.startsWith(token, i)) {
                i += token.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (i < src.length() && src.charAt(i) == ' ') {
                i++;
            }
        }

        private CompileError error(String what) {
            return new CompileError(pos, "invalid #if condition: " + what);
        }
    }
}
