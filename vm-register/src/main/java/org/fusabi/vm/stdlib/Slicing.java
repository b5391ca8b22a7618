package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Tuple;

/** The functions shared by List, Array and Seq that cut, join, build, pair and unpair collections. */
final class Slicing {
    private Slicing() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "tail", "{'a} -> {'a}", (vm, a) -> {
            if (Items.isEmpty(a[0])) throw s.empty("tail");
            return s.drop(a[0], 1);
        });
        s.define(lib, "take", "int -> {'a} -> {'a}", (vm, a) -> {
            int n = s.count("take", a[0]);
            ArrayList<Object> taken = prefix(a[1], n);
            if (taken.size() < n) throw s.error("take", "the input has " + taken.size() + " elements, cannot take " + n);
            return s.build(taken);
        });
        // F#'s skip treats a negative count as 0.
        s.define(lib, "skip", "int -> {'a} -> {'a}", (vm, a) -> {
            long n = Math.max(0, (Long) a[0]);
            int available = prefix(a[1], n).size();
            if (available < n) throw s.error("skip", "the input has " + available + " elements, cannot skip " + n);
            return s.drop(a[1], available);
        });
        s.define(lib, "truncate", "int -> {'a} -> {'a}", (vm, a) -> s.build(prefix(a[1], (Long) a[0])));
        s.define(lib, "append", "{'a} -> {'a} -> {'a}", (vm, a) -> s.append(a[0], a[1]));
        s.define(lib, "concat", "{'a} list -> {'a}", (vm, a) -> {
            long total = 0;
            for (Object part : Items.of(a[0])) total += Items.length(part);
            vm.building(total, s.bytesPerElement());
            ArrayList<Object> out = new ArrayList<>();
            for (Object part : Items.of(a[0])) Items.of(part).forEach(out::add);
            return s.build(out);
        });
        s.define(lib, "init", "int -> (int -> 'a) -> {'a}", (vm, a) -> {
            vm.building((Long) a[0], s.bytesPerElement());
            Object[] out = new Object[s.count("init", a[0])];
            for (int i = 0; i < out.length; i++) out[i] = vm.apply(a[1], (long) i);
            return s.build(out);
        });
        s.define(lib, "replicate", "int -> 'a -> {'a}", (vm, a) -> {
            vm.building((Long) a[0], s.bytesPerElement());
            Object[] out = new Object[s.count("replicate", a[0])];
            Arrays.fill(out, a[1]);
            return s.build(out);
        });
        s.define(lib, "singleton", "'a -> {'a}", (vm, a) -> s.build(new Object[] {a[0]}));
        s.define(lib, "zip", "{'a} -> {'b} -> {('a * 'b)}", (vm, a) -> {
            Object[] xs = Items.toArray(a[0]);
            Object[] ys = Items.toArray(a[1]);
            Object[] out = new Object[Mapping.commonLength(s, "zip", xs, ys)];
            for (int i = 0; i < out.length; i++) out[i] = new Tuple(xs[i], ys[i]);
            return s.build(out);
        });
        s.define(lib, "unzip", "{('a * 'b)} -> {'a} * {'b}", (vm, a) -> {
            Object[] pairs = Items.toArray(a[0]);
            Object[] firsts = new Object[pairs.length];
            Object[] seconds = new Object[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                firsts[i] = ((Tuple) pairs[i]).items[0];
                seconds[i] = ((Tuple) pairs[i]).items[1];
            }
            return new Tuple(s.build(firsts), s.build(seconds));
        });
        s.define(lib, "pairwise", "{'a} -> {('a * 'a)}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            Iterator<Object> it = Items.of(a[0]).iterator();
            for (Object prev = it.hasNext() ? it.next() : null; it.hasNext(); ) {
                Object next = it.next();
                out.add(new Tuple(prev, next));
                prev = next;
            }
            return s.build(out);
        });
        s.define(lib, "indexed", "{'a} -> {(int * 'a)}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            long i = 0;
            for (Object x : Items.of(a[0])) out.add(new Tuple(i++, x));
            return s.build(out);
        });
    }

    /** Up to {@code n} leading elements, reading no further: O(n) however long a list is. */
    private static ArrayList<Object> prefix(Object collection, long n) {
        ArrayList<Object> out = new ArrayList<>();
        Iterator<Object> it = Items.of(collection).iterator();
        while (out.size() < n && it.hasNext()) out.add(it.next());
        return out;
    }
}
