package org.fusabi.compiler.types;

import java.util.HashMap;
import java.util.Map;

/** Prints types as F# does in messages: {@code int -> string list}, {@code 'a * 'b}, {@code Map<string,int>}. */
public final class TypePrinter {
    private final Map<Type.Var, String> names = new HashMap<>();

    private TypePrinter() {}

    public static String print(Type t) {
        return new TypePrinter().show(t, 0);
    }

    /** Prints several types with consistent variable names, e.g. both sides of a mismatch. */
    public static String[] printAll(Type... types) {
        TypePrinter p = new TypePrinter();
        String[] out = new String[types.length];
        for (int i = 0; i < types.length; i++) out[i] = p.show(types[i], 0);
        return out;
    }

    // precedence: 0 = arrow context, 1 = tuple item, 2 = postfix argument
    private String show(Type t, int prec) {
        t = Type.prune(t);
        return switch (t) {
            // An open variable of an operator or a literal prints as the type it defaults to, as F#'s messages do.
            case Type.Var v when v.constraint != Type.Constraint.NONE -> show(v.constraint.defaultType(), prec);
            case Type.Var v -> names.computeIfAbsent(v, k -> "'" + (char) ('a' + names.size() % 26) + (names.size() >= 26 ? String.valueOf(names.size() / 26) : ""));
            case Type.Fun f -> paren(prec > 0, show(f.from(), 1) + " -> " + show(f.to(), 0));
            case Type.Tuple tu -> paren(prec > 1, String.join(" * ", tu.items().stream().map(i -> show(i, 2)).toList()));
            case Type.Con c -> con(c);
        };
    }

    private String con(Type.Con c) {
        if (c.args().isEmpty()) return c.name();
        if (c.args().size() == 1 && (c.name().equals("list") || c.name().equals("option") || c.name().equals("ref"))) {
            return show(c.args().get(0), 2) + " " + c.name();
        }
        if (c.args().size() == 1 && c.name().equals("array")) return show(c.args().get(0), 2) + "[]";
        return c.name() + "<" + String.join(",", c.args().stream().map(a -> show(a, 0)).toList()) + ">";
    }

    private static String paren(boolean yes, String s) {
        return yes ? "(" + s + ")" : s;
    }
}
