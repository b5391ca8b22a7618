package org.fusabi.vm.embed;

import java.util.ArrayList;
import java.util.List;

/** Parses printed types: arrows bind loosest, then {@code *}, then postfix constructors ({@code int list option}). */
final class TypeStringParser {
    private final String text;
    private int at;

    TypeStringParser(String text) {
        this.text = text;
    }

    FusabiType parseAll() {
        FusabiType t = arrow();
        skipSpaces();
        if (at != text.length()) throw error("unexpected '" + text.charAt(at) + "'");
        return t;
    }

    private FusabiType arrow() {
        FusabiType from = tuple();
        if (!eat("->")) return from;
        return new FusabiType.Fun(from, arrow());
    }

    private FusabiType tuple() {
        FusabiType first = postfix();
        if (!peek("*")) return first;
        List<FusabiType> items = new ArrayList<>(List.of(first));
        while (eat("*")) items.add(postfix());
        return new FusabiType.Tuple(List.copyOf(items));
    }

    private FusabiType postfix() {
        FusabiType t = atom();
        while (true) {
            if (eat("[]")) {
                t = new FusabiType.Named("array", List.of(t));
                continue;
            }
            int mark = at;
            String name = identifier();
            if (name == null) return t;
            if (!Character.isLowerCase(name.charAt(0))) {
                at = mark;
                return t;
            }
            t = new FusabiType.Named(name, List.of(t));
        }
    }

    private FusabiType atom() {
        if (eat("(")) {
            FusabiType t = arrow();
            if (!eat(")")) throw error("expected ')'");
            return t;
        }
        skipSpaces();
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '^')) {
            char sigil = text.charAt(at++);
            String name = identifier();
            if (name == null) throw error("expected a type variable name");
            return new FusabiType.Var(sigil + name);
        }
        String name = identifier();
        if (name == null) throw error("expected a type");
        List<FusabiType> args = new ArrayList<>();
        if (eat("<")) {
            do args.add(arrow()); while (eat(","));
            if (!eat(">")) throw error("expected '>'");
        }
        return new FusabiType.Named(name, List.copyOf(args));
    }

    private String identifier() {
        skipSpaces();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) at++;
        return at == start ? null : text.substring(start, at);
    }

    private boolean peek(String s) {
        skipSpaces();
        return text.startsWith(s, at) && !(s.equals("*") && text.startsWith("*)", at));
    }

    private boolean eat(String s) {
        if (!peek(s)) return false;
        at += s.length();
        return true;
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') at++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("bad type '" + text + "' at column " + (at + 1) + ": " + what);
    }
}
