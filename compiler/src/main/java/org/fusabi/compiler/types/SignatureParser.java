package org.fusabi.compiler.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the F#-syntax type signatures of natives ({@code ('a -> bool) -> 'a list -> 'a list}). A variable written
 * {@code ^a} is numeric: int or float, defaulting to int; {@code %a} is float, float32 or decimal (what printf's
 * {@code %f} takes), defaulting to float; {@code ~a} is any type, defaulting to int (an array's element type that
 * only picks the zero it is filled with).
 */
public final class SignatureParser {
    private final String s;
    private final Map<String, Type.Var> vars;
    private final int level;
    private int i;

    private SignatureParser(String s, Map<String, Type.Var> vars, int level) {
        this.s = s;
        this.vars = vars;
        this.level = level;
    }

    /** Parses with fresh variables: the result is already an instance, ready to use. */
    public static Type parse(String signature, int level) {
        SignatureParser p = new SignatureParser(signature, new java.util.HashMap<>(), level);
        Type t = p.arrow();
        p.skip();
        if (p.i != p.s.length()) throw new IllegalArgumentException("bad signature: " + signature);
        return t;
    }

    private Type arrow() {
        Type from = tuple();
        skip();
        if (s.startsWith("->", i)) {
            i += 2;
            return new Type.Fun(from, arrow());
        }
        return from;
    }

    private Type tuple() {
        List<Type> items = new ArrayList<>();
        items.add(postfix());
        skip();
        while (i < s.length() && s.charAt(i) == '*') {
            i++;
            items.add(postfix());
            skip();
        }
        return items.size() == 1 ? items.get(0) : new Type.Tuple(items);
    }

    private Type postfix() {
        Type t = atom();
        while (true) {
            skip();
            if (s.startsWith("[]", i)) {
                i += 2;
                t = Type.array(t);
                continue;
            }
            int save = i;
            String word = word();
            if (word.equals("list") || word.equals("option") || word.equals("ref") || word.equals("array") || word.equals("seq")) {
                t = new Type.Con(word, List.of(t));
            } else {
                i = save;
                return t;
            }
        }
    }

    private Type atom() {
        skip();
        char c = s.charAt(i);
        if (c == '(') {
            i++;
            Type t = arrow();
            skip();
            i++; // ')'
            return t;
        }
        if (c == '\'' || c == '^' || c == '~' || c == '%') {
            i++;
            String name = word();
            return vars.computeIfAbsent(c + name, k -> {
                Type.Var v = new Type.Var(level);
                if (c == '^') v.constraint = Type.Constraint.NUMERIC;
                if (c == '~') v.constraint = Type.Constraint.ANY_INT_DEFAULT;
                if (c == '%') v.constraint = Type.Constraint.FLOATING;
                return v;
            });
        }
        String name = word();
        skip();
        List<Type> args = new ArrayList<>();
        if (i < s.length() && s.charAt(i) == '<') {
            i++;
            args.add(arrow());
            skip();
            while (s.charAt(i) == ',') {
                i++;
                args.add(arrow());
                skip();
            }
            i++; // '>'
        }
        return new Type.Con(name, args);
    }

    private String word() {
        skip();
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        return s.substring(start, i);
    }

    private void skip() {
        while (i < s.length() && s.charAt(i) == ' ') i++;
    }
}
