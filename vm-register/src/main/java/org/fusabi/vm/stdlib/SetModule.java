package org.fusabi.vm.stdlib;

import java.util.Iterator;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FSet;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/**
 * F#'s Set module over {@link FSet}, the members of a set ({@code s.Count} is {@code Set#Count}, receiver
 * first) and its operators ({@code s1 + s2} is {@code Set.op_Addition}). Functions visit elements in order.
 * {@code Set.empty} is a value, so the compiler provides it ({@link FSet#EMPTY}).
 */
public final class SetModule {
    private SetModule() {}

    public static void install(Library lib) {
        lib.define("Set.add", "'a -> Set<'a> -> Set<'a>", (vm, a) -> set(a[1]).add(a[0]));
        lib.define("Set.remove", "'a -> Set<'a> -> Set<'a>", (vm, a) -> set(a[1]).remove(a[0]));
        lib.define("Set.contains", "'a -> Set<'a> -> bool", (vm, a) -> set(a[1]).contains(a[0]));
        lib.define("Set.count", "Set<'a> -> int", (vm, a) -> (long) set(a[0]).size());
        lib.define("Set.isEmpty", "Set<'a> -> bool", (vm, a) -> set(a[0]).isEmpty());
        lib.define("Set.singleton", "'a -> Set<'a>", (vm, a) -> FSet.EMPTY.add(a[0]));
        lib.define("Set.ofList", "'a list -> Set<'a>", (vm, a) -> of(a[0]));
        lib.define("Set.ofArray", "'a[] -> Set<'a>", (vm, a) -> of(a[0]));
        lib.define("Set.ofSeq", "seq<'a> -> Set<'a>", (vm, a) -> of(a[0]));
        // the constructor F# scripts call as Set [x; ...]
        lib.define("Set.new", "seq<'a> -> Set<'a>", (vm, a) -> of(a[0]));
        lib.define("Set.toList", "Set<'a> -> 'a list", (vm, a) -> Items.toList(a[0]));
        lib.define("Set.toArray", "Set<'a> -> 'a[]", (vm, a) -> Items.toArray(a[0]));
        lib.define("Set.toSeq", "Set<'a> -> seq<'a>", (vm, a) -> a[0]);
        lib.define("Set.union", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).union(set(a[1])));
        lib.define("Set.unionMany", "seq<Set<'a>> -> Set<'a>", (vm, a) -> {
            FSet out = FSet.EMPTY;
            try (Items.Each sets = Items.each(a[0])) {
                for (Object s : sets) out = out.union(set(s));
            }
            return out;
        });
        lib.define("Set.intersect", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).intersect(set(a[1])));
        // F# reduces with Seq.reduce, so no sets is Seq.reduce's error.
        lib.define("Set.intersectMany", "seq<Set<'a>> -> Set<'a>", (vm, a) -> {
            try (Items.Each sets = Items.each(a[0])) {
                Iterator<Object> it = Folding.nonEmpty(sets, Shape.SEQ::empty);
                FSet out = set(it.next());
                while (it.hasNext()) out = out.intersect(set(it.next()));
                return out;
            }
        });
        lib.define("Set.difference", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).difference(set(a[1])));
        lib.define("Set.isSubset", "Set<'a> -> Set<'a> -> bool", (vm, a) -> subset(set(a[0]), set(a[1])));
        lib.define("Set.isSuperset", "Set<'a> -> Set<'a> -> bool", (vm, a) -> subset(set(a[1]), set(a[0])));
        lib.define("Set.isProperSubset", "Set<'a> -> Set<'a> -> bool", (vm, a) -> properSubset(set(a[0]), set(a[1])));
        lib.define("Set.isProperSuperset", "Set<'a> -> Set<'a> -> bool", (vm, a) -> properSubset(set(a[1]), set(a[0])));
        lib.define("Set.minElement", "Set<'a> -> 'a", (vm, a) -> extreme(set(a[0]), false));
        lib.define("Set.maxElement", "Set<'a> -> 'a", (vm, a) -> extreme(set(a[0]), true));
        lib.define("Set.iter", "('a -> unit) -> Set<'a> -> unit", (vm, a) -> {
            for (Object x : set(a[1])) vm.apply(a[0], x);
            return Unit.VALUE;
        });
        lib.define("Set.fold", "('s -> 'a -> 's) -> 's -> Set<'a> -> 's", (vm, a) -> {
            Object acc = a[1];
            for (Object x : set(a[2])) acc = vm.apply(a[0], acc, x);
            return acc;
        });
        lib.define("Set.foldBack", "('a -> 's -> 's) -> Set<'a> -> 's -> 's", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            Object acc = a[2];
            for (int i = xs.length - 1; i >= 0; i--) acc = vm.apply(a[0], xs[i], acc);
            return acc;
        });
        lib.define("Set.map", "('a -> 'b) -> Set<'a> -> Set<'b>", (vm, a) -> {
            FSet out = FSet.EMPTY;
            for (Object x : set(a[1])) out = out.add(vm.apply(a[0], x));
            return out;
        });
        lib.define("Set.filter", "('a -> bool) -> Set<'a> -> Set<'a>", (vm, a) -> (FSet) partition(vm, a[0], set(a[1])).items[0]);
        lib.define("Set.partition", "('a -> bool) -> Set<'a> -> Set<'a> * Set<'a>", (vm, a) -> partition(vm, a[0], set(a[1])));
        lib.define("Set.exists", "('a -> bool) -> Set<'a> -> bool", (vm, a) -> {
            for (Object x : set(a[1])) if ((Boolean) vm.apply(a[0], x)) return true;
            return false;
        });
        lib.define("Set.forall", "('a -> bool) -> Set<'a> -> bool", (vm, a) -> {
            for (Object x : set(a[1])) if (!(Boolean) vm.apply(a[0], x)) return false;
            return true;
        });

        lib.define("Set#Count", "Set<'a> -> int", (vm, a) -> (long) set(a[0]).size());
        lib.define("Set#IsEmpty", "Set<'a> -> bool", (vm, a) -> set(a[0]).isEmpty());
        lib.define("Set#MinimumElement", "Set<'a> -> 'a", (vm, a) -> extreme(set(a[0]), false));
        lib.define("Set#MaximumElement", "Set<'a> -> 'a", (vm, a) -> extreme(set(a[0]), true));
        lib.define("Set#Contains", "Set<'a> -> 'a -> bool", (vm, a) -> set(a[0]).contains(a[1]));
        lib.define("Set#Add", "Set<'a> -> 'a -> Set<'a>", (vm, a) -> set(a[0]).add(a[1]));
        lib.define("Set#Remove", "Set<'a> -> 'a -> Set<'a>", (vm, a) -> set(a[0]).remove(a[1]));
        lib.define("Set#IsSubsetOf", "Set<'a> -> Set<'a> -> bool", (vm, a) -> subset(set(a[0]), set(a[1])));
        lib.define("Set#IsSupersetOf", "Set<'a> -> Set<'a> -> bool", (vm, a) -> subset(set(a[1]), set(a[0])));
        lib.define("Set#IsProperSubsetOf", "Set<'a> -> Set<'a> -> bool", (vm, a) -> properSubset(set(a[0]), set(a[1])));
        lib.define("Set#IsProperSupersetOf", "Set<'a> -> Set<'a> -> bool", (vm, a) -> properSubset(set(a[1]), set(a[0])));
        lib.define("Set.op_Addition", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).union(set(a[1])));
        lib.define("Set.op_Subtraction", "Set<'a> -> Set<'a> -> Set<'a>", (vm, a) -> set(a[0]).difference(set(a[1])));
    }

    private static FSet set(Object s) {
        return (FSet) s;
    }

    private static FSet of(Object elements) {
        FSet s = FSet.EMPTY;
        try (Items.Each xs = Items.each(elements)) {
            for (Object x : xs) s = s.add(x);
        }
        return s;
    }

    private static boolean subset(FSet a, FSet b) {
        if (a.size() > b.size()) return false;
        for (Object x : a) if (!b.contains(x)) return false;
        return true;
    }

    private static boolean properSubset(FSet a, FSet b) {
        return a.size() < b.size() && subset(a, b);
    }

    private static Tuple partition(Interpreter vm, Object predicate, FSet s) {
        FSet yes = FSet.EMPTY;
        FSet no = FSet.EMPTY;
        for (Object x : s) {
            if ((Boolean) vm.apply(predicate, x)) yes = yes.add(x);
            else no = no.add(x);
        }
        return new Tuple(yes, no);
    }

    /** minElement and maxElement of an empty set raise F#'s SetTree error. */
    private static Object extreme(FSet s, boolean max) {
        if (s.isEmpty()) throw NetErrors.argument(FSharpErrors.SET_EMPTY, "s");
        Object found = null;
        for (Object x : s) {
            found = x;
            if (!max) break;
        }
        return found;
    }
}
