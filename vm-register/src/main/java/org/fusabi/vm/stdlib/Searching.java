package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Values;

/** The functions shared by List, Array and Seq that look at elements: length, head, item, find, exists... */
final class Searching {
    private Searching() {}

    static void install(Library lib, Shape s) {
        s.define(lib, "length", "{'a} -> int", (vm, a) -> (long) Items.length(a[0]));
        s.define(lib, "isEmpty", "{'a} -> bool", (vm, a) -> Items.isEmpty(a[0]));
        s.define(lib, "head", "{'a} -> 'a", (vm, a) -> {
            try (Items.Each xs = Items.each(a[0])) {
                return Folding.nonEmpty(xs, s::empty).next();
            }
        });
        s.define(lib, "tryHead", "{'a} -> 'a option", (vm, a) -> {
            try (Enumerator e = Items.enumerate(a[0])) {
                return e.moveNext() ? UnionValue.some(e.current()) : UnionValue.NONE;
            }
        });
        s.define(lib, "last", "{'a} -> 'a", (vm, a) -> {
            Object last = last(a[0]);
            if (last == null) throw s.empty();
            return last;
        });
        s.define(lib, "tryLast", "{'a} -> 'a option", (vm, a) -> option(last(a[0])));
        s.define(lib, "item", "int -> {'a} -> 'a", (vm, a) -> item(s, a[1], (Long) a[0]));
        s.define(lib, "nth", s == Shape.LIST ? "{'a} -> int -> 'a" : "int -> {'a} -> 'a",
                (vm, a) -> s == Shape.LIST ? item(s, a[0], (Long) a[1]) : item(s, a[1], (Long) a[0]));
        s.define(lib, "tryItem", "int -> {'a} -> 'a option", (vm, a) -> {
            long index = (Long) a[0];
            if (index < 0) return UnionValue.NONE;
            try (Enumerator e = Items.enumerate(a[1])) {
                for (long i = 0; e.moveNext(); i++) if (i == index) return UnionValue.some(e.current());
            }
            return UnionValue.NONE;
        });
        s.define(lib, "exactlyOne", "{'a} -> 'a", (vm, a) -> {
            try (Enumerator e = Items.enumerate(a[0])) {
                if (!e.moveNext()) throw s.emptyExactlyOne();
                Object x = e.current();
                if (e.moveNext()) throw s.tooLongExactlyOne();
                return x;
            }
        });
        s.define(lib, "tryExactlyOne", "{'a} -> 'a option", (vm, a) -> {
            try (Enumerator e = Items.enumerate(a[0])) {
                if (!e.moveNext()) return UnionValue.NONE;
                Object x = e.current();
                return e.moveNext() ? UnionValue.NONE : UnionValue.some(x);
            }
        });
        s.define(lib, "exists", "('a -> bool) -> {'a} -> bool", (vm, a) -> indexWhere(vm, a[0], a[1]) >= 0);
        s.define(lib, "forall", "('a -> bool) -> {'a} -> bool", (vm, a) -> {
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) if (!(Boolean) vm.apply(a[0], x)) return false;
            }
            return true;
        });
        s.define(lib, "exists2", "('a -> 'b -> bool) -> {'a} -> {'b} -> bool", (vm, a) -> {
            if (s == Shape.LIST) return listExists2(vm, a[0], a[1], a[2]);
            try (Items.Each pairs = Items.each(Aligned.of(s, a[1], a[2], (i, x) -> new Tuple(x)))) {
                for (Object p : pairs) if ((Boolean) vm.apply(a[0], ((Tuple) p).items[0], ((Tuple) p).items[1])) return true;
            }
            return false;
        });
        s.define(lib, "forall2", "('a -> 'b -> bool) -> {'a} -> {'b} -> bool", (vm, a) -> {
            try (Items.Each pairs = Items.each(Aligned.of(s, a[1], a[2], (i, x) -> new Tuple(x)))) {
                for (Object p : pairs) if (!(Boolean) vm.apply(a[0], ((Tuple) p).items[0], ((Tuple) p).items[1])) return false;
            }
            return true;
        });
        s.define(lib, "contains", "'a -> {'a} -> bool", (vm, a) -> {
            try (Items.Each xs = Items.each(a[1])) {
                for (Object x : xs) if (Values.equal(a[0], x)) return true;
            }
            return false;
        });
        s.define(lib, "find", "('a -> bool) -> {'a} -> 'a", (vm, a) -> {
            Object x = find(vm, a[0], a[1]);
            if (x == null) throw FSharpErrors.notFound();
            return x;
        });
        s.define(lib, "tryFind", "('a -> bool) -> {'a} -> 'a option", (vm, a) -> option(find(vm, a[0], a[1])));
        s.define(lib, "findIndex", "('a -> bool) -> {'a} -> int", (vm, a) -> {
            long i = indexWhere(vm, a[0], a[1]);
            if (i < 0) throw FSharpErrors.notFound();
            return i;
        });
        s.define(lib, "tryFindIndex", "('a -> bool) -> {'a} -> int option", (vm, a) -> {
            long i = indexWhere(vm, a[0], a[1]);
            return i < 0 ? UnionValue.NONE : UnionValue.some(i);
        });
        s.define(lib, "findBack", "('a -> bool) -> {'a} -> 'a", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            int i = lastIndexWhere(vm, a[0], xs);
            if (i < 0) throw FSharpErrors.notFound();
            return xs[i];
        });
        s.define(lib, "tryFindBack", "('a -> bool) -> {'a} -> 'a option", (vm, a) -> {
            Object[] xs = Items.toArray(a[1]);
            int i = lastIndexWhere(vm, a[0], xs);
            return i < 0 ? UnionValue.NONE : UnionValue.some(xs[i]);
        });
        s.define(lib, "findIndexBack", "('a -> bool) -> {'a} -> int", (vm, a) -> {
            int i = lastIndexWhere(vm, a[0], Items.toArray(a[1]));
            if (i < 0) throw FSharpErrors.notFound();
            return (long) i;
        });
        s.define(lib, "tryFindIndexBack", "('a -> bool) -> {'a} -> int option", (vm, a) -> {
            int i = lastIndexWhere(vm, a[0], Items.toArray(a[1]));
            return i < 0 ? UnionValue.NONE : UnionValue.some((long) i);
        });
        s.define(lib, "pick", "('a -> 'b option) -> {'a} -> 'b", (vm, a) -> {
            UnionValue picked = pick(vm, a[0], a[1]);
            if (picked.tag == 0) throw FSharpErrors.notFound();
            return picked.fields[0];
        });
        s.define(lib, "tryPick", "('a -> 'b option) -> {'a} -> 'b option", (vm, a) -> pick(vm, a[0], a[1]));
    }

    /**
     * The element at index: List's is an ArgumentException, Array's is the array access's
     * IndexOutOfRangeException, Seq's says how many elements were missing.
     */
    static Object item(Shape s, Object collection, long index) {
        if (s == Shape.ARRAY && ArrayValues.isArray(collection)) {
            if (index < 0 || index >= ArrayValues.length(collection)) throw NetErrors.indexOutOfRange();
            return ArrayValues.get(collection, (int) index);
        }
        if (s == Shape.SEQ && index < 0) throw FSharpErrors.negative("index", index);
        try (Enumerator e = Items.enumerate(collection)) {
            long read = 0;
            for (; index >= 0 && e.moveNext(); read++) if (read == index) return e.current();
            if (s == Shape.LIST) throw NetErrors.argument(FSharpErrors.INDEX_OUT_OF_BOUNDS, "index");
            long shortBy = index + 1 - read;
            throw NetErrors.argument(FSharpErrors.NOT_ENOUGH_ELEMENTS + "\nseq was short by " + shortBy + " "
                    + FSharpErrors.elements(shortBy), "index");
        }
    }

    /** The last element, or null for none (script values are never null). */
    private static Object last(Object collection) {
        if (ArrayValues.isArray(collection)) {
            int n = ArrayValues.length(collection);
            return n == 0 ? null : ArrayValues.get(collection, n - 1);
        }
        Object last = null;
        if (collection instanceof FList l) {
            for (; l != FList.NIL; l = l.tail) last = l.head;
            return last;
        }
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) last = x;
        }
        return last;
    }

    private static UnionValue option(Object x) {
        return x == null ? UnionValue.NONE : UnionValue.some(x);
    }

    private static Object find(Interpreter vm, Object predicate, Object collection) {
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) if ((Boolean) vm.apply(predicate, x)) return x;
        }
        return null;
    }

    private static long indexWhere(Interpreter vm, Object predicate, Object collection) {
        long i = 0;
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) {
                if ((Boolean) vm.apply(predicate, x)) return i;
                i++;
            }
        }
        return -1;
    }

    private static int lastIndexWhere(Interpreter vm, Object predicate, Object[] xs) {
        for (int i = xs.length - 1; i >= 0; i--) if ((Boolean) vm.apply(predicate, xs[i])) return i;
        return -1;
    }

    private static UnionValue pick(Interpreter vm, Object chooser, Object collection) {
        try (Items.Each xs = Items.each(collection)) {
            for (Object x : xs) {
                UnionValue picked = (UnionValue) vm.apply(chooser, x);
                if (picked.tag == 1) return picked;
            }
        }
        return UnionValue.NONE;
    }

    /** F#'s List.exists2 raises its own words when the lists differ in length. */
    private static boolean listExists2(Interpreter vm, Object predicate, Object xs, Object ys) {
        try (Enumerator e1 = Items.enumerate(xs); Enumerator e2 = Items.enumerate(ys)) {
            while (true) {
                boolean m1 = e1.moveNext();
                boolean m2 = e2.moveNext();
                if (m1 != m2) throw NetErrors.argument(FSharpErrors.LISTS_DIFFER, "list2");
                if (!m1) return false;
                if ((Boolean) vm.apply(predicate, e1.current(), e2.current())) return true;
            }
        }
    }
}
