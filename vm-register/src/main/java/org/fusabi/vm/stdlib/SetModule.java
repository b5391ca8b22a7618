package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.FSet;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Set module over {@link FSet}; functions visit elements in order. {@code Set.empty} is a value, so the
 * compiler provides it ({@link FSet#EMPTY}).
 */
public final class SetModule {
    private SetModule() {}

    public static void install(Library lib) {
        lib.define("Set.add", "'a -> Set<'a> -> Set<'a>", (vm, a) -> set(a[1]).add(a[0]));
        lib.define("Set.remove", "'a -> Set<'a> -> Set<'a>", (vm, a) -> set(a[1]).remove(a[0]));
        lib.define("Set.contains", "'a -> Set<'a> -> bool", (vm, a) -> set(a[1]).contains(a[0]));
        lib.define("Set.count", "Set<'a> -> int", (vm, a) -> (long) set(a[0]).size());
        lib.define("Set.isEmpty", "Set<'a> -> bool", (vm, a) -> set(a[0]).isEmpty());
        lib.define("Set.ofList", "'a list -> Set<'a>", (vm, a) -> {
            FSet s = FSet.EMPTY;
            for (Object x : Items.of(a[0])) s = s.add(x);
            return s;
        });
        lib.define("Set.toList", "Set<'a> -> 'a list", (vm, a) -> Items.toList(a[0]));
        lib.define("Set.union", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).union(set(a[1])));
        lib.define("Set.intersect", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).intersect(set(a[1])));
        lib.define("Set.difference", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).difference(set(a[1])));
        lib.define("Set.iter", "('a -> unit) -> Set<'a> -> unit", (vm, a) -> {
            for (Object x : set(a[1])) vm.apply(a[0], x);
            return Unit.VALUE;
        });
        lib.define("Set.fold", "('s -> 'a -> 's) -> 's -> Set<'a> -> 's", (vm, a) -> {
            Object acc = a[1];
            for (Object x : set(a[2])) acc = vm.apply(a[0], acc, x);
            return acc;
        });
        lib.define("Set.map", "('a -> 'b) -> Set<'a> -> Set<'b>", (vm, a) -> {
            FSet out = FSet.EMPTY;
            for (Object x : set(a[1])) out = out.add(vm.apply(a[0], x));
            return out;
        });
        lib.define("Set.filter", "('a -> bool) -> Set<'a> -> Set<'a>", (vm, a) -> {
            FSet out = FSet.EMPTY;
            for (Object x : set(a[1])) if ((Boolean) vm.apply(a[0], x)) out = out.add(x);
            return out;
        });
    }

    private static FSet set(Object s) {
        return (FSet) s;
    }
}
