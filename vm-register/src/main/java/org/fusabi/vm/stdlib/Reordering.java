package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Tuple;

/**
 * The functions shared by List, Array and Seq that reorder or regroup elements. Sorts are stable; grouping
 * keeps keys in order of first occurrence, as F# does.
 */
final class Reordering {
    private Reordering() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "rev", "{'a} -> {'a}", (vm, a) -> {
            Object[] xs = copy(a[0]);
            for (int i = 0, j = xs.length - 1; i < j; i++, j--) {
                Object t = xs[i];
                xs[i] = xs[j];
                xs[j] = t;
            }
            return s.build(xs);
        });
        s.define(lib, "sort", "{'a} -> {'a}", (vm, a) -> sorted(s, a[0], Order.STRUCTURAL));
        s.define(lib, "sortDescending", "{'a} -> {'a}", (vm, a) -> sorted(s, a[0], Order.STRUCTURAL.reversed()));
        s.define(lib, "sortWith", "('a -> 'a -> int) -> {'a} -> {'a}",
                (vm, a) -> sorted(s, a[1], Order.script(vm, a[0])));
        s.define(lib, "sortBy", "('a -> 'b) -> {'a} -> {'a}", (vm, a) -> {
            Object[] xs = copy(a[1]);
            Order.sortBy(vm, a[0], xs);
            return s.build(xs);
        });
        s.define(lib, "distinct", "{'a} -> {'a}", (vm, a) -> {
            LinkedHashSet<StructuralKey> seen = new LinkedHashSet<>();
            for (Object x : Items.of(a[0])) seen.add(new StructuralKey(x));
            return s.build(seen.stream().map(StructuralKey::value).toArray());
        });
        s.define(lib, "distinctBy", "('a -> 'k) -> {'a} -> {'a}", (vm, a) -> {
            LinkedHashMap<StructuralKey, Object> firsts = new LinkedHashMap<>();
            for (Object x : Items.of(a[1])) firsts.putIfAbsent(new StructuralKey(vm.apply(a[0], x)), x);
            return s.build(firsts.values().toArray());
        });
        s.define(lib, "groupBy", "('a -> 'k) -> {'a} -> {('k * {'a})}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Map.Entry<StructuralKey, ArrayList<Object>> g : groups(vm, a[0], a[1]).entrySet()) {
                out.add(new Tuple(g.getKey().value(), s.build(g.getValue())));
            }
            return s.build(out);
        });
        s.define(lib, "countBy", "('a -> 'k) -> {'a} -> {('k * int)}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Map.Entry<StructuralKey, ArrayList<Object>> g : groups(vm, a[0], a[1]).entrySet()) {
                out.add(new Tuple(g.getKey().value(), (long) g.getValue().size()));
            }
            return s.build(out);
        });
    }

    /** A fresh array of the elements, safe to reorder. */
    static Object[] copy(Object collection) {
        Object[] xs = Items.toArray(collection);
        return xs == collection ? xs.clone() : xs;
    }

    private static Object sorted(Shape s, Object collection, Comparator<Object> order) {
        Object[] xs = copy(collection);
        Order.sort(xs, order);
        return s.build(xs);
    }

    private static LinkedHashMap<StructuralKey, ArrayList<Object>> groups(Interpreter vm, Object f, Object collection) {
        LinkedHashMap<StructuralKey, ArrayList<Object>> groups = new LinkedHashMap<>();
        for (Object x : Items.of(collection)) {
            groups.computeIfAbsent(new StructuralKey(vm.apply(f, x)), k -> new ArrayList<>()).add(x);
        }
        return groups;
    }
}
