package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Map module over {@link FMap}; functions visit entries in key order. {@code Map.empty} is a value, so
 * the compiler provides it ({@link FMap#EMPTY}). F#'s keys and values are collections; here they are lists.
 */
public final class MapModule {
    private MapModule() {}

    public static void install(Library lib) {
        lib.define("Map.add", "'k -> 'v -> Map<'k, 'v> -> Map<'k, 'v>", (vm, a) -> map(a[2]).add(a[0], a[1]));
        lib.define("Map.remove", "'k -> Map<'k, 'v> -> Map<'k, 'v>", (vm, a) -> map(a[1]).remove(a[0]));
        lib.define("Map.find", "'k -> Map<'k, 'v> -> 'v", (vm, a) -> {
            Object v = map(a[1]).get(a[0]);
            if (v == null) throw new ScriptError("Map.find: key not found: " + Show.any(a[0]));
            return v;
        });
        lib.define("Map.tryFind", "'k -> Map<'k, 'v> -> 'v option", (vm, a) -> {
            Object v = map(a[1]).get(a[0]);
            return v == null ? UnionValue.NONE : UnionValue.some(v);
        });
        lib.define("Map.containsKey", "'k -> Map<'k, 'v> -> bool", (vm, a) -> map(a[1]).containsKey(a[0]));
        lib.define("Map.count", "Map<'k, 'v> -> int", (vm, a) -> (long) map(a[0]).size());
        lib.define("Map.isEmpty", "Map<'k, 'v> -> bool", (vm, a) -> map(a[0]).isEmpty());
        // Later bindings of a key replace earlier ones, as in F#.
        lib.define("Map.ofList", "('k * 'v) list -> Map<'k, 'v>", (vm, a) -> {
            FMap m = FMap.EMPTY;
            for (Object pair : Items.of(a[0])) m = m.add(((Tuple) pair).items[0], ((Tuple) pair).items[1]);
            return m;
        });
        lib.define("Map.toList", "Map<'k, 'v> -> ('k * 'v) list", (vm, a) -> Items.toList(a[0]));
        lib.define("Map.iter", "('k -> 'v -> unit) -> Map<'k, 'v> -> unit", (vm, a) -> {
            for (Tuple e : map(a[1])) vm.apply(a[0], e.items[0], e.items[1]);
            return Unit.VALUE;
        });
        lib.define("Map.fold", "('s -> 'k -> 'v -> 's) -> 's -> Map<'k, 'v> -> 's", (vm, a) -> {
            Object acc = a[1];
            for (Tuple e : map(a[2])) acc = vm.apply(a[0], acc, e.items[0], e.items[1]);
            return acc;
        });
        lib.define("Map.map", "('k -> 'v -> 'u) -> Map<'k, 'v> -> Map<'k, 'u>",
                (vm, a) -> map(a[1]).mapValues((k, v) -> vm.apply(a[0], k, v)));
        lib.define("Map.filter", "('k -> 'v -> bool) -> Map<'k, 'v> -> Map<'k, 'v>", (vm, a) -> {
            FMap out = FMap.EMPTY;
            for (Tuple e : map(a[1])) {
                if ((Boolean) vm.apply(a[0], e.items[0], e.items[1])) out = out.add(e.items[0], e.items[1]);
            }
            return out;
        });
        lib.define("Map.exists", "('k -> 'v -> bool) -> Map<'k, 'v> -> bool", (vm, a) -> {
            for (Tuple e : map(a[1])) if ((Boolean) vm.apply(a[0], e.items[0], e.items[1])) return true;
            return false;
        });
        lib.define("Map.keys", "Map<'k, 'v> -> 'k list", (vm, a) -> column(a[0], 0));
        lib.define("Map.values", "Map<'k, 'v> -> 'v list", (vm, a) -> column(a[0], 1));
    }

    private static FMap map(Object m) {
        return (FMap) m;
    }

    private static FList column(Object m, int index) {
        ArrayList<Object> out = new ArrayList<>();
        for (Tuple e : map(m)) out.add(e.items[index]);
        return FList.of(out.toArray());
    }
}
