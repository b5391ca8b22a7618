package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.Unit;

/**
 * F#'s warning FS0025 for a match some value escapes: finds a value that no clause without a {@code when} guard
 * matches, by the pattern-matrix search of Maranget's "Warnings for pattern matching" (a column's constructors
 * specialise the rows; a column whose constructors are not all there defaults to its wildcard rows), and shows it
 * as F# does ({@code None}, {@code Some (0)}, {@code (_,true)}, {@code [_;true]}). Where it cannot tell, as with
 * active patterns beside other patterns, it takes the match as complete: a warning F# would not give is worse than
 * one it gives that this misses.
 */
final class MatchCoverage {
    private MatchCoverage() {}

    /** The message for a match that does not cover every value, or null when it does. */
    static String incomplete(Core.Match m) {
        List<CPat> unguarded = new ArrayList<>();
        List<CPat> guarded = new ArrayList<>();
        for (Core.Clause c : m.clauses()) (c.guard() == null ? unguarded : guarded).add(c.pattern());
        return incomplete(unguarded, guarded);
    }

    /** The message for a pattern of a binding or a parameter ({@code let (Some x) = …}), or null when it always matches. */
    static String incomplete(CPat pattern) {
        return incomplete(List.of(pattern), List.of());
    }

    private static String incomplete(List<CPat> unguarded, List<CPat> guarded) {
        List<List<CPat>> rows = new ArrayList<>();
        for (CPat p : unguarded) rows.add(List.of(p));
        List<Value> missing = missing(rows, 1);
        if (missing == null) return null;
        Value example = missing.get(0);
        boolean guardMightMatch = guarded.stream().anyMatch(p -> mayMatch(p, example));
        return "Incomplete pattern matches on this expression. For example, the value '" + example.show(false)
                + "' may indicate a case not covered by the pattern(s)."
                + (guardMightMatch ? " However, a pattern rule with a 'when' clause might successfully match this value." : "");
    }

    /** A value an example is built of: a constructor and its arguments, or any value ({@code _}). */
    private record Value(Kind kind, Object label, List<Value> args) {
        static final Value ANY = new Value(Kind.ANY, null, List.of());

        String show(boolean nested) {
            return switch (kind) {
                case ANY -> "_";
                case LITERAL -> (String) label;
                case CASE -> args.isEmpty() ? (String) label
                        : label + " (" + (args.size() == 1 ? args.get(0).show(true) : joined(args, ",")) + ")";
                case TUPLE -> "(" + joined(args, ",") + ")";
                case LIST -> "[" + joined(elements(), ";") + "]";
            };
        }

        /** A list's items; an open tail ({@code _}) is shown as the end of the list, as F# shows its examples. */
        private List<Value> elements() {
            List<Value> items = new ArrayList<>();
            for (Value v = this; v.kind == Kind.LIST && !v.args.isEmpty(); v = v.args.get(1)) items.add(v.args.get(0));
            return items;
        }

        private static String joined(List<Value> values, String separator) {
            return String.join(separator, values.stream().map(v -> v.show(true)).toList());
        }
    }

    private enum Kind { ANY, LITERAL, CASE, TUPLE, LIST }

    /** What can head a column: one of a type's constructors, the key that tells it from the others, and its arity. */
    private record Ctor(Object key, int arity) {}

    /** A value no row matches, one per column, or null when the rows cover every value of the n columns. */
    private static List<Value> missing(List<List<CPat>> rows, int n) {
        if (n == 0) return rows.isEmpty() ? new ArrayList<>() : null;
        rows = expand(rows);
        List<CPat> heads = new ArrayList<>();
        for (List<CPat> row : rows) if (!(row.get(0) instanceof CPat.Wild)) heads.add(row.get(0));
        if (heads.stream().anyMatch(h -> h instanceof CPat.View)) return views(rows, n);
        Set<Ctor> present = new LinkedHashSet<>();
        for (CPat h : heads) present.add(ctor(h, rows));
        List<Ctor> all = complete(heads, present);
        if (all != null) {
            for (Ctor c : all) {
                List<Value> w = missing(specialize(rows, c), c.arity() + n - 1);
                if (w != null) return with(build(c, w.subList(0, c.arity())), w.subList(c.arity(), w.size()));
            }
            return null;
        }
        List<Value> w = missing(defaults(rows), n - 1);
        return w == null ? null : with(absent(heads, present), w);
    }

    private static List<Value> with(Value first, List<Value> rest) {
        List<Value> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    /** The rows with or-patterns split and variable bindings seen through, in the first column. */
    private static List<List<CPat>> expand(List<List<CPat>> rows) {
        List<List<CPat>> out = new ArrayList<>();
        for (List<CPat> row : rows) expand(row.get(0), row, out);
        return out;
    }

    private static void expand(CPat head, List<CPat> row, List<List<CPat>> out) {
        switch (head) {
            case CPat.Bind b -> expand(b.inner(), row, out);
            case CPat.Or o -> {
                expand(o.left(), row, out);
                expand(o.right(), row, out);
            }
            default -> {
                List<CPat> r = new ArrayList<>(row);
                r.set(0, head);
                out.add(r);
            }
        }
    }

    /** The constructor a pattern tests for; a record's arity is the number of fields any row of the column tests. */
    private static Ctor ctor(CPat p, List<List<CPat>> rows) {
        return switch (p) {
            case CPat.Case c -> new Ctor(c.ctor(), c.args().size());
            case CPat.Tuple t -> new Ctor("tuple", t.items().size());
            case CPat.Nil n -> new Ctor("[]", 0);
            case CPat.Cons c -> new Ctor("::", 2);
            case CPat.Record r -> new Ctor("record", recordWidth(rows));
            case CPat.Array a -> new Ctor("array" + a.items().size(), a.items().size());
            case CPat.Lit l -> new Ctor(l.value(), 0);
            default -> new Ctor(p, 0);
        };
    }

    private static int recordWidth(List<List<CPat>> rows) {
        int width = 0;
        for (List<CPat> row : rows) {
            if (row.get(0) instanceof CPat.Record r) for (int i : r.indexes()) width = Math.max(width, i + 1);
        }
        return width;
    }

    /** All the constructors of the column's type when those present are all of them, else null. */
    private static List<Ctor> complete(List<CPat> heads, Set<Ctor> present) {
        if (heads.isEmpty()) return null;
        CPat first = heads.get(0);
        List<Ctor> all = switch (first) {
            case CPat.Case c -> c.ctor().owner().exception ? null
                    : c.ctor().owner().cases.stream().map(k -> new Ctor(k, k.fieldTypes().size())).toList();
            case CPat.Tuple t -> List.copyOf(present);
            case CPat.Record r -> List.copyOf(present);
            case CPat.Nil n -> List.of(new Ctor("[]", 0), new Ctor("::", 2));
            case CPat.Cons c -> List.of(new Ctor("[]", 0), new Ctor("::", 2));
            case CPat.Lit l when l.value() instanceof Boolean -> List.of(new Ctor(false, 0), new Ctor(true, 0));
            case CPat.Lit l when l.value() == Unit.VALUE -> List.of(new Ctor(Unit.VALUE, 0));
            default -> null;
        };
        return all != null && present.containsAll(all) ? all : null;
    }

    /** The rows whose head is c or a wildcard, the head replaced by its arguments. */
    private static List<List<CPat>> specialize(List<List<CPat>> rows, Ctor c) {
        List<List<CPat>> out = new ArrayList<>();
        for (List<CPat> row : rows) {
            CPat head = row.get(0);
            List<CPat> args;
            if (head instanceof CPat.Wild) {
                args = new ArrayList<>();
                for (int k = 0; k < c.arity(); k++) args.add(new CPat.Wild());
            } else if (ctor(head, rows).key().equals(c.key())) {
                args = arguments(head, c.arity());
            } else {
                continue;
            }
            List<CPat> r = new ArrayList<>(args);
            r.addAll(row.subList(1, row.size()));
            out.add(r);
        }
        return out;
    }

    private static List<CPat> arguments(CPat p, int arity) {
        return switch (p) {
            case CPat.Case c -> c.args();
            case CPat.Tuple t -> t.items();
            case CPat.Cons c -> List.of(c.head(), c.tail());
            case CPat.Array a -> a.items();
            case CPat.Record r -> {
                List<CPat> fields = new ArrayList<>();
                for (int k = 0; k < arity; k++) fields.add(new CPat.Wild());
                for (int k = 0; k < r.indexes().size(); k++) fields.set(r.indexes().get(k), r.fields().get(k));
                yield fields;
            }
            default -> List.of();
        };
    }

    /** The rows with a wildcard head, without it. */
    private static List<List<CPat>> defaults(List<List<CPat>> rows) {
        List<List<CPat>> out = new ArrayList<>();
        for (List<CPat> row : rows) if (row.get(0) instanceof CPat.Wild) out.add(row.subList(1, row.size()));
        return out;
    }

    /**
     * A column an active pattern heads: the rows that apply the first one seen (or a wildcard) decide, testing what
     * it returns; a row testing something else there is taken to match, so no warning comes of what this cannot tell.
     */
    private static List<Value> views(List<List<CPat>> rows, int n) {
        Object function = null;
        List<List<CPat>> results = new ArrayList<>();
        for (List<CPat> row : rows) {
            CPat head = row.get(0);
            if (head instanceof CPat.View v && function == null) function = key(v);
            CPat result = head instanceof CPat.View v && key(v).equals(function) ? v.result() : new CPat.Wild();
            List<CPat> r = new ArrayList<>(row);
            r.set(0, result);
            results.add(r);
        }
        List<Value> w = missing(results, n);
        return w == null ? null : with(Value.ANY, w.subList(1, w.size()));
    }

    /** What tells one active pattern from another: the variable its function is, or for a parameterised one the node. */
    private static Object key(CPat.View v) {
        return v.function() instanceof Core.Ref r ? r.var() : v.function();
    }

    /** The constructor built from its arguments' values, as an example shows it. */
    private static Value build(Ctor c, List<Value> args) {
        return switch (c.key()) {
            case TypeDecl.Case k -> new Value(Kind.CASE, k.name(), args);
            case String s when s.equals("tuple") -> new Value(Kind.TUPLE, null, args);
            case String s when s.equals("::") -> new Value(Kind.LIST, null, args);
            case String s when s.equals("[]") -> new Value(Kind.LIST, null, List.of());
            case String s when s.equals("record") -> Value.ANY;
            default -> literal(c.key());
        };
    }

    /** A value of the column's type that none of its constructors present is, or {@code _} when there is none to name. */
    private static Value absent(List<CPat> heads, Set<Ctor> present) {
        if (heads.isEmpty()) return Value.ANY;
        Set<Object> keys = new LinkedHashSet<>();
        for (Ctor c : present) keys.add(c.key());
        return switch (heads.get(0)) {
            case CPat.Case c -> c.ctor().owner().exception ? Value.ANY : c.ctor().owner().cases.stream().filter(k -> !keys.contains(k))
                    .findFirst().map(k -> new Value(Kind.CASE, k.name(), k.fieldTypes().stream().map(f -> Value.ANY).toList()))
                    .orElse(Value.ANY);
            case CPat.Nil n -> new Value(Kind.LIST, null, List.of(Value.ANY, Value.ANY));
            case CPat.Cons c -> new Value(Kind.LIST, null, List.of());
            case CPat.Lit l when l.value() instanceof Boolean -> literal(!keys.contains(false) ? false : true);
            case CPat.Lit l when l.value() instanceof Long -> {
                long k = 0;
                while (keys.contains(k)) k++;
                yield literal(k);
            }
            case CPat.Lit l when l.value() instanceof Character -> {
                char k = 'a';
                while (keys.contains(k)) k++;
                yield literal(k);
            }
            case CPat.Lit l when l.value() instanceof String -> {
                String k = "";
                while (keys.contains(k)) k += "a";
                yield literal(k);
            }
            default -> Value.ANY;
        };
    }

    private static Value literal(Object v) {
        String text = switch (v) {
            case String s -> "\"" + s + "\"";
            case Character ch -> "'" + ch + "'";
            default -> String.valueOf(v);
        };
        return new Value(Kind.LITERAL, text, List.of());
    }

    /** Whether a value of the example's shape may match p (its {@code _} parts match anything). */
    private static boolean mayMatch(CPat p, Value v) {
        if (v.kind() == Kind.ANY) return true;
        return switch (p) {
            case CPat.Wild w -> true;
            case CPat.Bind b -> mayMatch(b.inner(), v);
            case CPat.Or o -> mayMatch(o.left(), v) || mayMatch(o.right(), v);
            case CPat.Case c -> v.kind() == Kind.CASE && c.ctor().name().equals(v.label()) && allMayMatch(c.args(), v.args());
            case CPat.Tuple t -> v.kind() == Kind.TUPLE && allMayMatch(t.items(), v.args());
            case CPat.Nil n -> v.kind() == Kind.LIST && v.args().isEmpty();
            case CPat.Cons c -> v.kind() == Kind.LIST && !v.args().isEmpty() && allMayMatch(List.of(c.head(), c.tail()), v.args());
            case CPat.Lit l -> v.kind() == Kind.LITERAL && literal(l.value()).label().equals(v.label());
            default -> true;
        };
    }

    private static boolean allMayMatch(List<CPat> ps, List<Value> vs) {
        for (int k = 0; k < Math.min(ps.size(), vs.size()); k++) if (!mayMatch(ps.get(k), vs.get(k))) return false;
        return true;
    }
}
