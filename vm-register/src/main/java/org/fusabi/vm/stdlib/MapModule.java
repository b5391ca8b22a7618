package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.Iterator;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Enumerators;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Map module over {@link FMap}, and the members of a map ({@code m.Count} is {@code Map#Count},
 * {@code m.Add(k, v)} is {@code Map#Add}, receiver first). Functions visit entries in key order.
 * {@code Map.empty} is a value, so the compiler provides it ({@link FMap#EMPTY}).
 */
public final class MapModule {
    private MapModule() {}

    public static void install(Library lib) {
        lib.define("Map.add", "'k -> 'v -> Map<'k, 'v> -> Map<'k, 'v>", (vm, a) -> map(a[2]).add(a[0], a[1]));
        lib.define("Map.remove", "'k -> Map<'k, 'v> -> Map<'k, 'v>", (vm, a) -> map(a[1]).remove(a[0]));
        lib.define("Map.change", "'k -> ('v option -> 'v option) -> Map<'k, 'v> -> Map<'k, 'v>",
                (vm, a) -> change(vm, map(a[2]), a[0], a[1]));
        lib.define("Map.find", "'k -> Map<'k, 'v> -> 'v", (vm, a) -> find(map(a[1]), a[0]));
        lib.define("Map.tryFind", "'k -> Map<'k, 'v> -> 'v option", (vm, a) -> tryFind(map(a[1]), a[0]));
        lib.define("Map.containsKey", "'k -> Map<'k, 'v> -> bool", (vm, a) -> map(a[1]).containsKey(a[0]));
        lib.define("Map.count", "Map<'k, 'v> -> int", (vm, a) -> (long) map(a[0]).size());
        lib.define("Map.isEmpty", "Map<'k, 'v> -> bool", (vm, a) -> map(a[0]).isEmpty());
        lib.define("Map.ofList", "('k * 'v) list -> Map<'k, 'v>", (vm, a) -> ofPairs(a[0]));
        lib.define("Map.ofArray", "('k * 'v)[] -> Map<'k, 'v>", (vm, a) -> ofPairs(a[0]));
        lib.define("Map.ofSeq", "seq<'k * 'v> -> Map<'k, 'v>", (vm, a) -> ofPairs(a[0]));
        // the constructor F# scripts call as Map [(k, v); ...]
        lib.define("Map.new", "seq<'k * 'v> -> Map<'k, 'v>", (vm, a) -> ofPairs(a[0]));
        lib.define("Map.toList", "Map<'k, 'v> -> ('k * 'v) list", (vm, a) -> FList.of(pairs(a[0])));
        lib.define("Map.toArray", "Map<'k, 'v> -> ('k * 'v)[]", (vm, a) -> pairs(a[0]));
        lib.define("Map.toSeq", "Map<'k, 'v> -> seq<'k * 'v>", (vm, a) -> FSeq.of(() -> Enumerators.of(map(a[0]).iterator())));
        lib.define("Map.iter", "('k -> 'v -> unit) -> Map<'k, 'v> -> unit", (vm, a) -> {
            for (Tuple e : map(a[1])) vm.apply(a[0], e.items[0], e.items[1]);
            return Unit.VALUE;
        });
        lib.define("Map.fold", "('s -> 'k -> 'v -> 's) -> 's -> Map<'k, 'v> -> 's", (vm, a) -> {
            Object acc = a[1];
            for (Tuple e : map(a[2])) acc = vm.apply(a[0], acc, e.items[0], e.items[1]);
            return acc;
        });
        lib.define("Map.foldBack", "('k -> 'v -> 's -> 's) -> Map<'k, 'v> -> 's -> 's", (vm, a) -> {
            Object[] entries = pairs(a[1]);
            Object acc = a[2];
            for (int i = entries.length - 1; i >= 0; i--) {
                Tuple e = (Tuple) entries[i];
                acc = vm.apply(a[0], e.items[0], e.items[1], acc);
            }
            return acc;
        });
        lib.define("Map.map", "('k -> 'v -> 'u) -> Map<'k, 'v> -> Map<'k, 'u>",
                (vm, a) -> map(a[1]).mapValues((k, v) -> vm.apply(a[0], k, v)));
        lib.define("Map.filter", "('k -> 'v -> bool) -> Map<'k, 'v> -> Map<'k, 'v>",
                (vm, a) -> (FMap) partition(vm, a[0], map(a[1])).items[0]);
        lib.define("Map.partition", "('k -> 'v -> bool) -> Map<'k, 'v> -> Map<'k, 'v> * Map<'k, 'v>",
                (vm, a) -> partition(vm, a[0], map(a[1])));
        lib.define("Map.exists", "('k -> 'v -> bool) -> Map<'k, 'v> -> bool", (vm, a) -> firstWhere(vm, a[0], map(a[1])) != null);
        lib.define("Map.forall", "('k -> 'v -> bool) -> Map<'k, 'v> -> bool", (vm, a) -> {
            for (Tuple e : map(a[1])) if (!(Boolean) vm.apply(a[0], e.items[0], e.items[1])) return false;
            return true;
        });
        lib.define("Map.findKey", "('k -> 'v -> bool) -> Map<'k, 'v> -> 'k", (vm, a) -> {
            Tuple e = firstWhere(vm, a[0], map(a[1]));
            if (e == null) throw FSharpErrors.notFound();
            return e.items[0];
        });
        lib.define("Map.tryFindKey", "('k -> 'v -> bool) -> Map<'k, 'v> -> 'k option", (vm, a) -> {
            Tuple e = firstWhere(vm, a[0], map(a[1]));
            return e == null ? UnionValue.NONE : UnionValue.some(e.items[0]);
        });
        lib.define("Map.tryPick", "('k -> 'v -> 'u option) -> Map<'k, 'v> -> 'u option", (vm, a) -> tryPick(vm, a[0], map(a[1])));
        lib.define("Map.pick", "('k -> 'v -> 'u option) -> Map<'k, 'v> -> 'u", (vm, a) -> {
            UnionValue picked = tryPick(vm, a[0], map(a[1]));
            if (picked.tag == 0) throw NetErrors.keyNotFound();
            return picked.fields[0];
        });
        lib.define("Map.keys", "Map<'k, 'v> -> seq<'k>", (vm, a) -> column(map(a[0]), 0));
        lib.define("Map.values", "Map<'k, 'v> -> seq<'v>", (vm, a) -> column(map(a[0]), 1));
        lib.define("Map.minKeyValue", "Map<'k, 'v> -> 'k * 'v", (vm, a) -> extreme(map(a[0]), false));
        lib.define("Map.maxKeyValue", "Map<'k, 'v> -> 'k * 'v", (vm, a) -> extreme(map(a[0]), true));

        lib.define("Map#Count", "Map<'k, 'v> -> int", (vm, a) -> (long) map(a[0]).size());
        lib.define("Map#IsEmpty", "Map<'k, 'v> -> bool", (vm, a) -> map(a[0]).isEmpty());
        lib.define("Map#get_Item", "Map<'k, 'v> -> 'k -> 'v", (vm, a) -> find(map(a[0]), a[1]));
        lib.define("Map#ContainsKey", "Map<'k, 'v> -> 'k -> bool", (vm, a) -> map(a[0]).containsKey(a[1]));
        lib.define("Map#TryFind", "Map<'k, 'v> -> 'k -> 'v option", (vm, a) -> tryFind(map(a[0]), a[1]));
        lib.define("Map#TryGetValue", "Map<'k, 'v> -> 'k -> bool * 'v", (vm, a) -> {
            Object v = map(a[0]).get(a[1]);
            return v == null ? new Tuple(false, Unit.VALUE) : new Tuple(true, v);
        });
        lib.define("Map#Add", "Map<'k, 'v> -> 'k -> 'v -> Map<'k, 'v>", (vm, a) -> map(a[0]).add(a[1], a[2]));
        lib.define("Map#Remove", "Map<'k, 'v> -> 'k -> Map<'k, 'v>", (vm, a) -> map(a[0]).remove(a[1]));
        lib.define("Map#Change", "Map<'k, 'v> -> 'k -> ('v option -> 'v option) -> Map<'k, 'v>",
                (vm, a) -> change(vm, map(a[0]), a[1], a[2]));
        lib.define("Map#Keys", "Map<'k, 'v> -> seq<'k>", (vm, a) -> column(map(a[0]), 0));
        lib.define("Map#Values", "Map<'k, 'v> -> seq<'v>", (vm, a) -> column(map(a[0]), 1));
        lib.define("Map#MinKeyValue", "Map<'k, 'v> -> 'k * 'v", (vm, a) -> extreme(map(a[0]), false));
        lib.define("Map#MaxKeyValue", "Map<'k, 'v> -> 'k * 'v", (vm, a) -> extreme(map(a[0]), true));
    }

    private static FMap map(Object m) {
        return (FMap) m;
    }

    /** Map.find and the indexer raise KeyNotFoundException() with .NET's default message. */
    private static Object find(FMap m, Object key) {
        Object v = m.get(key);
        if (v == null) throw NetErrors.keyNotFound();
        return v;
    }

    private static UnionValue tryFind(FMap m, Object key) {
        Object v = m.get(key);
        return v == null ? UnionValue.NONE : UnionValue.some(v);
    }

    /** Later bindings of a key replace earlier ones, as in F#. */
    private static FMap ofPairs(Object pairs) {
        FMap m = FMap.EMPTY;
        try (Items.Each xs = Items.each(pairs)) {
            for (Object pair : xs) m = m.add(((Tuple) pair).items[0], ((Tuple) pair).items[1]);
        }
        return m;
    }

    private static Object[] pairs(Object m) {
        ArrayList<Object> out = new ArrayList<>();
        for (Tuple e : map(m)) out.add(e);
        return out.toArray();
    }

    private static FMap change(Interpreter vm, FMap m, Object key, Object f) {
        UnionValue next = (UnionValue) vm.apply(f, tryFind(m, key));
        return next.tag == 0 ? m.remove(key) : m.add(key, next.fields[0]);
    }

    private static Tuple partition(Interpreter vm, Object predicate, FMap m) {
        FMap yes = FMap.EMPTY;
        FMap no = FMap.EMPTY;
        for (Tuple e : m) {
            if ((Boolean) vm.apply(predicate, e.items[0], e.items[1])) yes = yes.add(e.items[0], e.items[1]);
            else no = no.add(e.items[0], e.items[1]);
        }
        return new Tuple(yes, no);
    }

    private static Tuple firstWhere(Interpreter vm, Object predicate, FMap m) {
        for (Tuple e : m) if ((Boolean) vm.apply(predicate, e.items[0], e.items[1])) return e;
        return null;
    }

    private static UnionValue tryPick(Interpreter vm, Object chooser, FMap m) {
        for (Tuple e : m) {
            UnionValue picked = (UnionValue) vm.apply(chooser, e.items[0], e.items[1]);
            if (picked.tag == 1) return picked;
        }
        return UnionValue.NONE;
    }

    /** F#'s Keys and Values: read-only collections over the map, in key order. */
    private static FSeq column(FMap m, int index) {
        return FSeq.of(() -> {
            Iterator<Tuple> entries = m.iterator();
            return Enumerators.of(new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Object next() {
                    return entries.next().items[index];
                }
            });
        });
    }

    /** The first or last binding; an empty map has none (KeyNotFoundException, as F#'s MapTree raises). */
    private static Tuple extreme(FMap m, boolean last) {
        if (m.isEmpty()) throw NetErrors.keyNotFound();
        Tuple found = null;
        for (Tuple e : m) {
            found = e;
            if (!last) break;
        }
        return found;
    }
}
