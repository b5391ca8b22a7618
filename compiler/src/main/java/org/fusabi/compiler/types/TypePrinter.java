package org.fusabi.compiler.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Prints types as F# does in messages: {@code int -> string list}, {@code 'a * 'b}, {@code Map<string,int>}. */
public final class TypePrinter {
    private final Map<Type.Var, String> names = new HashMap<>();

    private TypePrinter() {}

    /**
     * The longest type printed. Inference shares the parts of a type, printing repeats them, so a short script can
     * have a type exponentially longer printed than inferred: composing {@code let p x = (x, x)} 24 times makes one
     * of 2^24 variables, which took 12 s and 2.7 GB to print for the image's exports.
     */
    public static final int MAX_PRINTED = org.fusabi.vm.image.ImageLayout.MAX_NAME;
    static final String TOO_LONG = "(a type too long to print)";

    public static String print(Type t) {
        return printable(t) ? new TypePrinter().show(t, 0) : TOO_LONG;
    }

    /** Prints several types with consistent variable names, e.g. both sides of a mismatch. */
    public static String[] printAll(Type... types) {
        TypePrinter p = new TypePrinter();
        String[] out = new String[types.length];
        for (int i = 0; i < types.length; i++) out[i] = printable(types[i]) ? p.show(types[i], 0) : TOO_LONG;
        return out;
    }

    /** Whether the type prints in at most {@link #MAX_PRINTED} characters; found in one visit of each shared part. */
    public static boolean printable(Type t) {
        return length(t, new IdentityHashMap<>()) <= MAX_PRINTED;
    }

    /** At least the printed length, at most MAX_PRINTED + 1 (so that sums cannot overflow). */
    private static long length(Type t, Map<Type, Long> known) {
        t = Type.prune(t);
        Long done = known.get(t);
        if (done != null) return done;
        long n = switch (t) {
            case Type.Var v -> v.constraint != Type.Constraint.NONE ? length(v.constraint.defaultType(), known) : 2;
            case Type.Fun f -> 4 + length(f.from(), known) + length(f.to(), known);
            case Type.Tuple tu -> tu.items().stream().mapToLong(i -> 3 + length(i, known)).sum();
            case Type.Con c -> c.name().length() + c.args().stream().mapToLong(a -> 1 + length(a, known)).sum();
        };
        n = Math.min(n, MAX_PRINTED + 1L);
        known.put(t, n);
        return n;
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
        if (c.decl() instanceof TypeDecl.Record r && r.anonymous()) {
            List<String> fields = new ArrayList<>();
            for (int k = 0; k < r.fieldNames.size(); k++) fields.add(r.fieldNames.get(k) + ": " + show(c.args().get(k), 0));
            return "{| " + String.join("; ", fields) + " |}";
        }
        if (c.args().isEmpty() && c.decl() == null && c.name().equals("Object")) return "obj";
        if (c.args().isEmpty()) return c.name();
        if (c.args().size() == 1 && (c.name().equals("list") || c.name().equals("option") || c.name().equals("ref"))) {
            return show(c.args().get(0), 2) + " " + c.name();
        }
        if (c.args().size() == 1 && c.name().equals("array")) return show(c.args().get(0), 2) + "[]";
        if (c.args().size() == 1 && c.name().matches("Array[234]D")) {
            return show(c.args().get(0), 2) + "[" + ",".repeat(c.name().charAt(5) - '1') + "]";
        }
        return c.name() + "<" + String.join(",", c.args().stream().map(a -> show(a, 0)).toList()) + ">";
    }

    private static String paren(boolean yes, String s) {
        return yes ? "(" + s + ")" : s;
    }
}
