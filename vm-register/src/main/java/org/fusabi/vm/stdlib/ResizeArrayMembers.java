package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ResizeArray;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * .NET's {@code List<'T>} (F#'s ResizeArray): its constructors ({@code ResizeArray.new}) and members
 * ({@code ra.Add x} is {@code ResizeArray#Add ra x}), with .NET's semantics and exceptions.
 */
final class ResizeArrayMembers {
    private ResizeArrayMembers() {}

    private static final String INDEX = "Index was out of range. Must be non-negative and less than the size of the collection.";

    static void install(Library lib) {
        lib.define("ResizeArray.new", "unit -> ResizeArray<'a>", (vm, a) -> new ResizeArray(4));
        lib.define("ResizeArray.new~capacity", "int -> ResizeArray<'a>", (vm, a) -> {
            long n = (Long) a[0];
            if (n < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "capacity");
            return new ResizeArray((int) Math.min(n, 1 << 20));
        });
        lib.define("ResizeArray.new~items", "seq<'a> -> ResizeArray<'a>", (vm, a) -> {
            ResizeArray ra = new ResizeArray(4);
            addAll(ra, a[0]);
            return ra;
        });
        lib.define("ResizeArray#Count", "ResizeArray<'a> -> int", a -> (long) items(a[0]).size());
        lib.define("ResizeArray#get_Item", "ResizeArray<'a> -> int -> 'a", a -> items(a[0]).get(index(a[0], a[1], false)));
        lib.define("ResizeArray#set_Item", "ResizeArray<'a> -> int -> 'a -> unit", a -> {
            items(a[0]).set(index(a[0], a[1], false), a[2]);
            return changed(a[0]);
        });
        lib.define("ResizeArray#Add", "ResizeArray<'a> -> 'a -> unit", a -> {
            items(a[0]).add(a[1]);
            return changed(a[0]);
        });
        lib.define("ResizeArray#AddRange", "ResizeArray<'a> -> seq<'a> -> unit", (vm, a) -> {
            addAll((ResizeArray) a[0], a[1]);
            return Unit.VALUE;
        });
        lib.define("ResizeArray#Insert", "ResizeArray<'a> -> int -> 'a -> unit", a -> {
            items(a[0]).add(index(a[0], a[1], true), a[2]);
            return changed(a[0]);
        });
        lib.define("ResizeArray#InsertRange", "ResizeArray<'a> -> int -> seq<'a> -> unit", (vm, a) -> {
            items(a[0]).addAll(index(a[0], a[1], true), List.of(Items.toArray(a[2])));
            return changed(a[0]);
        });
        lib.define("ResizeArray#Remove", "ResizeArray<'a> -> 'a -> bool", a -> {
            int i = indexOf(items(a[0]), a[1]);
            if (i < 0) return false;
            items(a[0]).remove(i);
            changed(a[0]);
            return true;
        });
        lib.define("ResizeArray#RemoveAt", "ResizeArray<'a> -> int -> unit", a -> {
            items(a[0]).remove(index(a[0], a[1], false));
            return changed(a[0]);
        });
        lib.define("ResizeArray#RemoveRange", "ResizeArray<'a> -> int -> int -> unit", a -> {
            int from = checkRange(a[0], (Long) a[1], (Long) a[2]);
            items(a[0]).subList(from, from + (int) (long) (Long) a[2]).clear();
            return changed(a[0]);
        });
        lib.define("ResizeArray#RemoveAll", "ResizeArray<'a> -> ('a -> bool) -> int", (vm, a) -> {
            ArrayList<Object> kept = new ArrayList<>();
            for (Object x : items(a[0])) if (!(Boolean) vm.apply(a[1], x)) kept.add(x);
            long removed = items(a[0]).size() - kept.size();
            items(a[0]).clear();
            items(a[0]).addAll(kept);
            changed(a[0]);
            return removed;
        });
        lib.define("ResizeArray#Clear", "ResizeArray<'a> -> unit -> unit", a -> {
            items(a[0]).clear();
            return changed(a[0]);
        });
        lib.define("ResizeArray#Contains", "ResizeArray<'a> -> 'a -> bool", a -> indexOf(items(a[0]), a[1]) >= 0);
        lib.define("ResizeArray#IndexOf", "ResizeArray<'a> -> 'a -> int", a -> (long) indexOf(items(a[0]), a[1]));
        lib.define("ResizeArray#LastIndexOf", "ResizeArray<'a> -> 'a -> int", a -> {
            List<Object> xs = items(a[0]);
            for (int i = xs.size() - 1; i >= 0; i--) if (Values.equal(xs.get(i), a[1])) return (long) i;
            return -1L;
        });
        lib.define("ResizeArray#Exists", "ResizeArray<'a> -> ('a -> bool) -> bool", (vm, a) -> findIndex(vm, a[0], a[1]) >= 0);
        lib.define("ResizeArray#FindIndex", "ResizeArray<'a> -> ('a -> bool) -> int", (vm, a) -> (long) findIndex(vm, a[0], a[1]));
        lib.define("ResizeArray#TrueForAll", "ResizeArray<'a> -> ('a -> bool) -> bool", (vm, a) -> {
            for (Object x : items(a[0])) if (!(Boolean) vm.apply(a[1], x)) return false;
            return true;
        });
        lib.define("ResizeArray#ForEach", "ResizeArray<'a> -> ('a -> unit) -> unit", (vm, a) -> {
            try (Items.Each xs = Items.each(a[0])) {
                for (Object x : xs) vm.apply(a[1], x);
            }
            return Unit.VALUE;
        });
        lib.define("ResizeArray#Sort", "ResizeArray<'a> -> unit -> unit", a -> sort(a[0], Order.STRUCTURAL));
        lib.define("ResizeArray#Sort~comparison", "ResizeArray<'a> -> ('a -> 'a -> int) -> unit", (vm, a) -> sort(a[0], Order.script(vm, a[1])));
        lib.define("ResizeArray#Reverse", "ResizeArray<'a> -> unit -> unit", a -> {
            java.util.Collections.reverse(items(a[0]));
            return changed(a[0]);
        });
        lib.define("ResizeArray#ToArray", "ResizeArray<'a> -> unit -> 'a[]", a -> items(a[0]).toArray());
        lib.define("ResizeArray#GetRange", "ResizeArray<'a> -> int -> int -> ResizeArray<'a>", a -> {
            int from = checkRange(a[0], (Long) a[1], (Long) a[2]);
            ResizeArray out = new ResizeArray((int) (long) (Long) a[2]);
            out.items().addAll(items(a[0]).subList(from, from + (int) (long) (Long) a[2]));
            return out;
        });
        lib.define("ResizeArray#BinarySearch", "ResizeArray<'a> -> 'a -> int", a -> {
            int i = java.util.Collections.binarySearch(items(a[0]), a[1], Order.STRUCTURAL);
            return (long) i;
        });
    }

    private static ArrayList<Object> items(Object ra) {
        return ((ResizeArray) ra).items();
    }

    private static Unit changed(Object ra) {
        ((ResizeArray) ra).changed();
        return Unit.VALUE;
    }

    private static void addAll(ResizeArray ra, Object source) {
        ra.items().addAll(List.of(Items.toArray(source)));
        ra.changed();
    }

    /** An index into the list (or, for an insertion, up to its end), or .NET's ArgumentOutOfRangeException. */
    private static int index(Object ra, Object index, boolean insertion) {
        long i = (Long) index;
        int size = items(ra).size();
        if (i < 0 || i > size || i == size && !insertion) {
            throw NetErrors.argumentOutOfRange(insertion ? "Index must be within the bounds of the List." : INDEX, "index");
        }
        return (int) i;
    }

    /** The start of a range of count elements from index, checked as List.GetRange and RemoveRange check it. */
    private static int checkRange(Object ra, long index, long count) {
        if (index < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "index");
        if (count < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "count");
        if (index + count > items(ra).size()) {
            throw NetErrors.argument("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.", null);
        }
        return (int) index;
    }

    private static int indexOf(List<Object> xs, Object x) {
        for (int i = 0; i < xs.size(); i++) if (Values.equal(xs.get(i), x)) return i;
        return -1;
    }

    private static int findIndex(Interpreter vm, Object ra, Object predicate) {
        List<Object> xs = items(ra);
        for (int i = 0; i < xs.size(); i++) if ((Boolean) vm.apply(predicate, xs.get(i))) return i;
        return -1;
    }

    private static Unit sort(Object ra, java.util.Comparator<Object> order) {
        Object[] xs = items(ra).toArray();
        Order.sort(xs, order);
        items(ra).clear();
        items(ra).addAll(List.of(xs));
        return changed(ra);
    }
}
