package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.HashSet;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.NetHashSet;
import org.fusabi.vm.value.StructuralKey;
import org.fusabi.vm.value.Unit;

/** .NET's {@code HashSet<'T>}: its constructors and members, with .NET's semantics and enumeration order. */
final class HashSetMembers {
    private HashSetMembers() {}

    static void install(Library lib) {
        lib.define("HashSet.new", "unit -> HashSet<'a>", (vm, a) -> new NetHashSet());
        lib.define("HashSet.new~items", "seq<'a> -> HashSet<'a>", (vm, a) -> {
            NetHashSet s = new NetHashSet();
            for (Object x : Items.toArray(a[0])) s.add(x);
            return s;
        });
        lib.define("HashSet#Count", "HashSet<'a> -> int", a -> (long) set(a[0]).size());
        lib.define("HashSet#Add", "HashSet<'a> -> 'a -> bool", a -> set(a[0]).add(a[1]));
        lib.define("HashSet#Contains", "HashSet<'a> -> 'a -> bool", a -> set(a[0]).contains(a[1]));
        lib.define("HashSet#Remove", "HashSet<'a> -> 'a -> bool", a -> set(a[0]).remove(a[1]));
        lib.define("HashSet#Clear", "HashSet<'a> -> unit -> unit", a -> {
            set(a[0]).clear();
            return Unit.VALUE;
        });
        lib.define("HashSet#RemoveWhere", "HashSet<'a> -> ('a -> bool) -> int", (vm, a) -> {
            long removed = 0;
            for (Object x : Items.toArray(a[0])) if ((Boolean) vm.apply(a[1], x) && set(a[0]).remove(x)) removed++;
            return removed;
        });
        lib.define("HashSet#UnionWith", "HashSet<'a> -> seq<'a> -> unit", (vm, a) -> {
            for (Object x : Items.toArray(a[1])) set(a[0]).add(x);
            return Unit.VALUE;
        });
        lib.define("HashSet#IntersectWith", "HashSet<'a> -> seq<'a> -> unit", (vm, a) -> {
            HashSet<Object> other = keys(a[1]);
            for (Object x : Items.toArray(a[0])) if (!other.contains(StructuralKey.of(x))) set(a[0]).remove(x);
            return Unit.VALUE;
        });
        lib.define("HashSet#ExceptWith", "HashSet<'a> -> seq<'a> -> unit", (vm, a) -> {
            for (Object x : Items.toArray(a[1])) set(a[0]).remove(x);
            return Unit.VALUE;
        });
        lib.define("HashSet#SymmetricExceptWith", "HashSet<'a> -> seq<'a> -> unit", (vm, a) -> {
            for (Object x : distinct(a[1])) if (!set(a[0]).remove(x)) set(a[0]).add(x);
            return Unit.VALUE;
        });
        lib.define("HashSet#IsSubsetOf", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> subset(a[0], a[1], false));
        lib.define("HashSet#IsProperSubsetOf", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> subset(a[0], a[1], true));
        lib.define("HashSet#IsSupersetOf", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> superset(a[0], a[1], false));
        lib.define("HashSet#IsProperSupersetOf", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> superset(a[0], a[1], true));
        lib.define("HashSet#Overlaps", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> {
            for (Object x : Items.toArray(a[1])) if (set(a[0]).contains(x)) return true;
            return false;
        });
        lib.define("HashSet#SetEquals", "HashSet<'a> -> seq<'a> -> bool", (vm, a) -> {
            HashSet<Object> other = keys(a[1]);
            return other.size() == set(a[0]).size() && superset(a[0], a[1], false);
        });
    }

    private static NetHashSet set(Object s) {
        return (NetHashSet) s;
    }

    private static HashSet<Object> keys(Object items) {
        HashSet<Object> out = new HashSet<>();
        for (Object x : Items.toArray(items)) out.add(StructuralKey.of(x));
        return out;
    }

    /** The elements of a sequence, each once, in order. */
    private static ArrayList<Object> distinct(Object items) {
        HashSet<Object> seen = new HashSet<>();
        ArrayList<Object> out = new ArrayList<>();
        for (Object x : Items.toArray(items)) if (seen.add(StructuralKey.of(x))) out.add(x);
        return out;
    }

    private static boolean subset(Object set, Object other, boolean proper) {
        HashSet<Object> others = keys(other);
        for (Object x : Items.toArray(set)) if (!others.contains(StructuralKey.of(x))) return false;
        return !proper || others.size() > set(set).size();
    }

    private static boolean superset(Object set, Object other, boolean proper) {
        ArrayList<Object> others = distinct(other);
        for (Object x : others) if (!set(set).contains(x)) return false;
        return !proper || set(set).size() > others.size();
    }
}
