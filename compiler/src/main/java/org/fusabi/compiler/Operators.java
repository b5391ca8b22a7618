package org.fusabi.compiler;

/** Binding strength of F#'s infix operators (spec §4.4.2), decided as F# does by the operator's leading characters. */
final class Operators {
    static final int NONE = -1;
    static final int OR = 0;
    static final int AND = 1;
    /** {@code :>} and {@code :?>}, whose right side is a type. */
    static final int CAST = 2;
    static final int COMPARE = 3;
    static final int HAT = 4;
    static final int CONS = 5;
    /** {@code :?}, whose right side is a type. */
    static final int TYPE_TEST = 6;
    static final int ADD = 7;
    static final int MUL = 8;
    static final int POW = 9;

    private Operators() {}

    /**
     * The precedence level of a binary operator, or NONE for symbols that are not one ({@code -> <- | :=}, prefix-only
     * ops). Leading dots do not count ({@code .>>} binds as {@code >>}).
     */
    static int precedence(String operator) {
        String op = operator.replaceFirst("^\\.+", "");
        if (op.isEmpty()) {
            return NONE;
        }
        switch (op) {
            case "||", "or": return OR;
            case "&&", "&": return AND;
            case "::": return CONS;
            case ":>", ":?>": return CAST;
            case ":?": return TYPE_TEST;
            case "->", "<-", "|", ":=": return NONE;
            default: break;
        }
        if (op.startsWith("**")) {
            return POW;
        }
        if (op.startsWith("!=")) {
            return COMPARE;
        }
        return switch (op.charAt(0)) {
            case '=', '<', '>', '|', '&', '$' -> COMPARE;
            case '^', '@' -> HAT;
            case '+', '-' -> ADD;
            case '*', '/', '%' -> MUL;
            default -> NONE;
        };
    }

    static boolean rightAssociative(int level) {
        return level == HAT || level == CONS || level == POW;
    }
}
