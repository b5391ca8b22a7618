package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/** The element-wise functions shared by List, Array and Seq: map, iter, filter, zip and their kin. */
final class Mapping {
    private Mapping() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "map", "('a -> 'b) -> {'a} -> {'b}", (vm, a) -> s.fromSeq(Transforms.map(vm, a[0], a[1])));
        s.define(lib, "mapi", "(int -> 'a -> 'b) -> {'a} -> {'b}", (vm, a) -> s.fromSeq(Transforms.mapi(vm, a[0], a[1])));
        s.define(lib, "map2", "('a -> 'b -> 'c) -> {'a} -> {'b} -> {'c}",
                (vm, a) -> s.fromSeq(Aligned.of(s, a[1], a[2], (i, x) -> vm.apply(a[0], x[0], x[1]))));
        s.define(lib, "mapi2", "(int -> 'a -> 'b -> 'c) -> {'a} -> {'b} -> {'c}",
                (vm, a) -> s.fromSeq(Aligned.of(s, a[1], a[2], (i, x) -> vm.apply(a[0], i, x[0], x[1]))));
        s.define(lib, "map3", "('a -> 'b -> 'c -> 'd) -> {'a} -> {'b} -> {'c} -> {'d}",
                (vm, a) -> s.fromSeq(Aligned.of(s, new Object[] {a[1], a[2], a[3]}, (i, x) -> vm.apply(a[0], x[0], x[1], x[2]))));
        s.define(lib, "zip", "{'a} -> {'b} -> {('a * 'b)}", (vm, a) -> s.fromSeq(Aligned.of(s, a[0], a[1], (i, x) -> new Tuple(x))));
        s.define(lib, "zip3", "{'a} -> {'b} -> {'c} -> {('a * 'b * 'c)}",
                (vm, a) -> s.fromSeq(Aligned.of(s, new Object[] {a[0], a[1], a[2]}, (i, x) -> new Tuple(x))));
        s.define(lib, "indexed", "{'a} -> {(int * 'a)}", (vm, a) -> s.fromSeq(Transforms.indexed(a[0])));
        s.define(lib, "iter", "('a -> unit) -> {'a} -> unit", (vm, a) -> {
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) vm.apply(a[0], x);
            }
            return Unit.VALUE;
        });
        s.define(lib, "iteri", "(int -> 'a -> unit) -> {'a} -> unit", (vm, a) -> {
            long i = 0;
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) vm.apply(a[0], i++, x);
            }
            return Unit.VALUE;
        });
        s.define(lib, "iter2", "('a -> 'b -> unit) -> {'a} -> {'b} -> unit",
                (vm, a) -> drain(Aligned.of(s, a[1], a[2], (i, x) -> vm.apply(a[0], x[0], x[1]))));
        s.define(lib, "iteri2", "(int -> 'a -> 'b -> unit) -> {'a} -> {'b} -> unit",
                (vm, a) -> drain(Aligned.of(s, a[1], a[2], (i, x) -> vm.apply(a[0], i, x[0], x[1]))));
        s.define(lib, "filter", "('a -> bool) -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Transforms.filter(vm, a[0], a[1])));
        s.define(lib, "where", "('a -> bool) -> {'a} -> {'a}", (vm, a) -> s.fromSeq(Transforms.filter(vm, a[0], a[1])));
        s.define(lib, "choose", "('a -> 'b option) -> {'a} -> {'b}", (vm, a) -> s.fromSeq(Transforms.choose(vm, a[0], a[1])));
        s.define(lib, "collect", "('a -> {'b}) -> {'a} -> {'b}", (vm, a) -> s.fromSeq(Transforms.collect(vm, a[0], a[1])));
        s.define(lib, "pairwise", "{'a} -> {('a * 'a)}", (vm, a) -> s.fromSeq(Transforms.pairwise(a[0])));
        s.define(lib, "scan", "('s -> 'a -> 's) -> 's -> {'a} -> {'s}",
                (vm, a) -> s.fromSeq(Transforms.scan(vm, a[0], a[1], a[2])));
        s.define(lib, "partition", "('a -> bool) -> {'a} -> {'a} * {'a}", (vm, a) -> {
            ArrayList<Object> yes = new ArrayList<>();
            ArrayList<Object> no = new ArrayList<>();
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) ((Boolean) vm.apply(a[0], x) ? yes : no).add(x);
            }
            return new Tuple(s.build(yes), s.build(no));
        });
        s.define(lib, "unzip", "{('a * 'b)} -> {'a} * {'b}", (vm, a) -> columns(s, a[0], 2));
        s.define(lib, "unzip3", "{('a * 'b * 'c)} -> {'a} * {'b} * {'c}", (vm, a) -> columns(s, a[0], 3));
        s.define(lib, "allPairs", "{'a} -> {'b} -> {('a * 'b)}", (vm, a) -> s.fromSeq(Transforms.allPairs(a[0], a[1])));
        // F#'s Seq.mapFold computes at once and returns the results as a read-only sequence.
        s.define(lib, "mapFold", "('s -> 'a -> 'b * 's) -> 's -> {'a} -> {'b} * 's", (vm, a) -> {
            Object[] xs = Items.copy(a[2]);
            Object state = a[1];
            for (int i = 0; i < xs.length; i++) {
                Tuple r = (Tuple) vm.apply(a[0], state, xs[i]);
                xs[i] = r.items[0];
                state = r.items[1];
            }
            return new Tuple(s.build(xs), state);
        });
        s.define(lib, "mapFoldBack", "('a -> 's -> 'b * 's) -> {'a} -> 's -> {'b} * 's", (vm, a) -> {
            Object[] xs = Items.copy(a[1]);
            Object state = a[2];
            for (int i = xs.length - 1; i >= 0; i--) {
                Tuple r = (Tuple) vm.apply(a[0], xs[i], state);
                xs[i] = r.items[0];
                state = r.items[1];
            }
            return new Tuple(s.build(xs), state);
        });
    }

    /** Enumerates to the end, for the actions that computing each element runs. */
    private static Object drain(FSeq effects) {
        try (Enumerator e = effects.enumerator()) {
            while (e.moveNext()) e.current();
        }
        return Unit.VALUE;
    }

    private static Tuple columns(Shape s, Object tuples, int width) {
        Object[] rows = Items.toArray(tuples);
        Object[] out = new Object[width];
        for (int k = 0; k < width; k++) {
            Object[] column = new Object[rows.length];
            for (int i = 0; i < rows.length; i++) column[i] = ((Tuple) rows[i]).items[k];
            out[k] = s.build(column);
        }
        return new Tuple(out);
    }
}
