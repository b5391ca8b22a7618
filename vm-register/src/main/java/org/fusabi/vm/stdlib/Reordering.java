package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.StructuralKey;
import org.fusabi.vm.value.Tuple;

/**
 * The functions shared by List, Array and Seq that reorder or regroup elements. Sorts are stable; grouping
 * keeps keys in order of first occurrence, as F# does. Seq computes these from the whole input at each
 * enumeration (F#'s mkDelayedSeq), except distinct and except, which are lazy.
 */
final class Reordering {
    private Reordering() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "rev", "{'a} -> {'a}", (vm, a) -> s.whole(() -> {
            Object[] xs = Items.copy(a[0]);
            for (int i = 0, j = xs.length - 1; i < j; i++, j--) {
                Object t = xs[i];
                xs[i] = xs[j];
                xs[j] = t;
            }
            return xs;
        }));
        s.define(lib, "sort", "{'a} -> {'a}", (vm, a) -> sorted(s, a[0], Order.STRUCTURAL));
        s.define(lib, "sortDescending", "{'a} -> {'a}", (vm, a) -> sorted(s, a[0], Order.STRUCTURAL.reversed()));
        s.define(lib, "sortWith", "('a -> 'a -> int) -> {'a} -> {'a}", (vm, a) -> sorted(s, a[1], Order.script(vm, a[0])));
        s.define(lib, "sortBy", "('a -> 'b) -> {'a} -> {'a}", (vm, a) -> s.whole(() -> {
            Object[] xs = Items.copy(a[1]);
            Order.sortBy(vm, a[0], xs, false);
            return xs;
        }));
        s.define(lib, "sortByDescending", "('a -> 'b) -> {'a} -> {'a}", (vm, a) -> s.whole(() -> {
            Object[] xs = Items.copy(a[1]);
            Order.sortBy(vm, a[0], xs, true);
            return xs;
        }));
        s.define(lib, "distinct", "{'a} -> {'a}", (vm, a) -> s.fromSeq(Transforms.distinctBy(vm, null, a[0])));
        s.define(lib, "distinctBy", "('a -> 'k) -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Transforms.distinctBy(vm, a[0], a[1])));
        s.define(lib, "except", "seq<'a> -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Transforms.except(a[0], a[1])));
        s.define(lib, "groupBy", "('a -> 'k) -> {'a} -> {('k * {'a})}", (vm, a) -> s.whole(() -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Map.Entry<StructuralKey, ArrayList<Object>> g : groups(vm, a[0], a[1]).entrySet()) {
                out.add(new Tuple(g.getKey().value(), s.build(g.getValue())));
            }
            return out.toArray();
        }));
        s.define(lib, "countBy", "('a -> 'k) -> {'a} -> {('k * int)}", (vm, a) -> s.whole(() -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Map.Entry<StructuralKey, ArrayList<Object>> g : groups(vm, a[0], a[1]).entrySet()) {
                out.add(new Tuple(g.getKey().value(), (long) g.getValue().size()));
            }
            return out.toArray();
        }));
        s.define(lib, "permute", "(int -> int) -> {'a} -> {'a}", (vm, a) -> s.whole(() -> permute(vm, a[0], Items.toArray(a[1]))));
        s.define(lib, "transpose", "seq<{'a}> -> {{'a}}", (vm, a) -> transpose(s, a[0]));
        s.define(lib, "splitInto", "int -> {'a} -> {{#'a}}", (vm, a) -> {
            long count = (Long) a[0];
            if (count <= 0) throw FSharpErrors.notPositive("count", count);
            return s.whole(() -> splitInto(s, count, Items.toArray(a[1])));
        });
    }

    /** Rows become columns: List and Array require rows of one length, Seq groups ragged rows by position. */
    static Object transpose(Shape s, Object rows) {
        if (s == Shape.SEQ) {
            return s.whole(() -> {
                ArrayList<ArrayList<Object>> columns = new ArrayList<>();
                try (Items.Each xs = Items.each(rows)) {
                    for (Object row : xs) {
                        int i = 0;
                        try (Items.Each ys = Items.each(row)) {
                            for (Object y : ys) {
                                if (i == columns.size()) columns.add(new ArrayList<>());
                                columns.get(i++).add(y);
                            }
                        }
                    }
                }
                return columns.stream().map(c -> Shape.readOnly(c.toArray())).toArray();
            });
        }
        Object[] table = Items.toArray(rows);
        Object[][] cells = new Object[table.length][];
        for (int j = 0; j < table.length; j++) cells[j] = Items.toArray(table[j]);
        int width = cells.length == 0 ? 0 : cells[0].length;
        for (int j = 1; j < cells.length; j++) if (cells[j].length != width) throw ragged(s, cells);
        Object[] out = new Object[width];
        for (int i = 0; i < width; i++) {
            Object[] column = new Object[cells.length];
            for (int j = 0; j < cells.length; j++) column[j] = cells[j][i];
            out[i] = s.build(column);
        }
        return s.build(out);
    }

    /** F#'s words for rows of different lengths, as its transpose first meets them. */
    private static RuntimeException ragged(Shape s, Object[][] cells) {
        if (s == Shape.ARRAY) {
            for (int j = 1; ; j++) {
                if (cells[j].length != cells[0].length) {
                    return FSharpErrors.arraysDiffer("array.[0]", cells[0].length, "array.[" + j + "]", cells[j].length);
                }
            }
        }
        int shortest = Integer.MAX_VALUE;
        for (Object[] row : cells) shortest = Math.min(shortest, row.length);
        for (int j = 1; ; j++) {
            if (cells[0].length == shortest && cells[j].length > shortest) {
                return FSharpErrors.listShorter("list.[0]", "list.[" + j + "]", cells[j].length - shortest);
            }
            if (cells[0].length > shortest && cells[j].length == shortest) {
                return FSharpErrors.listShorter("list.[" + j + "]", "list.[0]", cells[0].length - shortest);
            }
        }
    }

    private static Object sorted(Shape s, Object collection, Comparator<Object> order) {
        return s.whole(() -> {
            Object[] xs = Items.copy(collection);
            Order.sort(xs, order);
            return xs;
        });
    }

    private static LinkedHashMap<StructuralKey, ArrayList<Object>> groups(Interpreter vm, Object f, Object collection) {
        LinkedHashMap<StructuralKey, ArrayList<Object>> groups = new LinkedHashMap<>();
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) groups.computeIfAbsent(new StructuralKey(vm.apply(f, x)), k -> new ArrayList<>()).add(x);
        }
        return groups;
    }

    /** Element i goes to position indexMap i, which must be a permutation of the positions. */
    private static Object[] permute(Interpreter vm, Object indexMap, Object[] xs) {
        Object[] out = new Object[xs.length];
        boolean[] filled = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) {
            long j = (Long) vm.apply(indexMap, (long) i);
            if (j < 0 || j >= xs.length) throw notAPermutation();
            out[(int) j] = xs[i];
            filled[(int) j] = true;
        }
        for (boolean f : filled) if (!f) throw notAPermutation();
        return out;
    }

    private static RuntimeException notAPermutation() {
        return NetErrors.argument(FSharpErrors.NOT_A_PERMUTATION, "indexMap");
    }

    /** At most count chunks of near-equal sizes, the longer ones first. */
    private static Object[] splitInto(Shape s, long count, Object[] xs) {
        if (xs.length == 0) return xs;
        int chunks = (int) Math.min(count, xs.length);
        int size = xs.length / chunks;
        int longer = xs.length % chunks;
        Object[] out = new Object[chunks];
        int start = 0;
        for (int i = 0; i < chunks; i++) {
            int n = size + (i < longer ? 1 : 0);
            out[i] = s.chunk(java.util.Arrays.copyOfRange(xs, start, start + n));
            start += n;
        }
        return out;
    }
}
