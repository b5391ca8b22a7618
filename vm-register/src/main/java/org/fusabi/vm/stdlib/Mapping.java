package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/** The element-wise functions shared by List, Array and Seq: map, iter, filter and their kin. */
final class Mapping {
    private Mapping() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "map", "('a -> 'b) -> {'a} -> {'b}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Object x : Items.of(a[1])) out.add(vm.apply(a[0], x));
            return s.build(out);
        });
        s.define(lib, "mapi", "(int -> 'a -> 'b) -> {'a} -> {'b}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            long i = 0;
            for (Object x : Items.of(a[1])) out.add(vm.apply(a[0], i++, x));
            return s.build(out);
        });
        s.define(lib, "map2", "('a -> 'b -> 'c) -> {'a} -> {'b} -> {'c}", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            Object[] ys = Items.toArray(a[2]);
            int n = commonLength(s, "map2", xs, ys);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) out[i] = vm.apply(a[0], xs[i], ys[i]);
            return s.build(out);
        });
        s.define(lib, "iter", "('a -> unit) -> {'a} -> unit", (vm, a) -> {
            for (Object x : Items.of(a[1])) vm.apply(a[0], x);
            return Unit.VALUE;
        });
        s.define(lib, "iteri", "(int -> 'a -> unit) -> {'a} -> unit", (vm, a) -> {
            long i = 0;
            for (Object x : Items.of(a[1])) vm.apply(a[0], i++, x);
            return Unit.VALUE;
        });
        s.define(lib, "filter", "('a -> bool) -> {'a} -> {'a}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Object x : Items.of(a[1])) if ((Boolean) vm.apply(a[0], x)) out.add(x);
            return s.build(out);
        });
        s.define(lib, "choose", "('a -> 'b option) -> {'a} -> {'b}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Object x : Items.of(a[1])) {
                UnionValue chosen = (UnionValue) vm.apply(a[0], x);
                if (chosen.tag == 1) out.add(chosen.fields[0]);
            }
            return s.build(out);
        });
        s.define(lib, "collect", "('a -> {'b}) -> {'a} -> {'b}", (vm, a) -> {
            ArrayList<Object> out = new ArrayList<>();
            for (Object x : Items.of(a[1])) Items.of(vm.apply(a[0], x)).forEach(out::add);
            return s.build(out);
        });
        s.define(lib, "partition", "('a -> bool) -> {'a} -> {'a} * {'a}", (vm, a) -> {
            ArrayList<Object> yes = new ArrayList<>();
            ArrayList<Object> no = new ArrayList<>();
            for (Object x : Items.of(a[1])) ((Boolean) vm.apply(a[0], x) ? yes : no).add(x);
            return new Tuple(s.build(yes), s.build(no));
        });
    }

    /** How many pairs two inputs form: the shorter length for Seq, else both lengths, which must agree. */
    static int commonLength(Shape s, String fn, Object[] xs, Object[] ys) {
        if (xs.length != ys.length && !s.truncatesToShorter()) throw s.lengthsDiffer(fn, xs.length, ys.length);
        return Math.min(xs.length, ys.length);
    }
}
