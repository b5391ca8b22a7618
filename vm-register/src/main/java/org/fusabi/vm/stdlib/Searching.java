package org.fusabi.vm.stdlib;

import java.util.Iterator;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Values;

/** The functions shared by List, Array and Seq that look at elements: length, head, item, find, exists... */
final class Searching {
    private Searching() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "length", "{'a} -> int", (vm, a) -> (long) Items.length(a[0]));
        s.define(lib, "isEmpty", "{'a} -> bool", (vm, a) -> Items.isEmpty(a[0]));
        s.define(lib, "head", "{'a} -> 'a", (vm, a) -> Folding.nonEmpty(s, "head", a[0]).next());
        s.define(lib, "tryHead", "{'a} -> 'a option", (vm, a) -> {
            Iterator<Object> it = Items.of(a[0]).iterator();
            return it.hasNext() ? UnionValue.some(it.next()) : UnionValue.NONE;
        });
        s.define(lib, "last", "{'a} -> 'a", (vm, a) -> {
            Iterator<Object> it = Folding.nonEmpty(s, "last", a[0]);
            Object last = it.next();
            while (it.hasNext()) last = it.next();
            return last;
        });
        s.define(lib, "item", "int -> {'a} -> 'a", (vm, a) -> item(s, "item", a[1], (Long) a[0]));
        s.define(lib, "exists", "('a -> bool) -> {'a} -> bool", (vm, a) -> {
            for (Object x : Items.of(a[1])) if ((Boolean) vm.apply(a[0], x)) return true;
            return false;
        });
        s.define(lib, "forall", "('a -> bool) -> {'a} -> bool", (vm, a) -> {
            for (Object x : Items.of(a[1])) if (!(Boolean) vm.apply(a[0], x)) return false;
            return true;
        });
        s.define(lib, "contains", "'a -> {'a} -> bool", (vm, a) -> {
            for (Object x : Items.of(a[1])) if (Values.equal(a[0], x)) return true;
            return false;
        });
        s.define(lib, "find", "('a -> bool) -> {'a} -> 'a", (vm, a) -> {
            for (Object x : Items.of(a[1])) if ((Boolean) vm.apply(a[0], x)) return x;
            throw s.notFound("find");
        });
        s.define(lib, "tryFind", "('a -> bool) -> {'a} -> 'a option", (vm, a) -> {
            for (Object x : Items.of(a[1])) if ((Boolean) vm.apply(a[0], x)) return UnionValue.some(x);
            return UnionValue.NONE;
        });
        s.define(lib, "findIndex", "('a -> bool) -> {'a} -> int", (vm, a) -> {
            long i = 0;
            for (Object x : Items.of(a[1])) {
                if ((Boolean) vm.apply(a[0], x)) return i;
                i++;
            }
            throw s.notFound("findIndex");
        });
        s.define(lib, "tryFindIndex", "('a -> bool) -> {'a} -> int option", (vm, a) -> {
            long i = 0;
            for (Object x : Items.of(a[1])) {
                if ((Boolean) vm.apply(a[0], x)) return UnionValue.some(i);
                i++;
            }
            return UnionValue.NONE;
        });
    }

    /** The element at {@code index}: O(1) for arrays, O(index) for lists. */
    static Object item(Shape s, String fn, Object collection, long index) {
        if (collection instanceof Object[] arr) {
            if (index < 0 || index >= arr.length) throw s.outOfRange(fn, index, arr.length);
            return arr[(int) index];
        }
        FList l = (FList) collection;
        for (long i = 0; i < index && l != FList.NIL; i++) l = l.tail;
        if (index < 0 || l == FList.NIL) throw s.outOfRange(fn, index, ((FList) collection).length());
        return l.head;
    }
}
