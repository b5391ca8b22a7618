package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetQueue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/** .NET's {@code Queue<'T>} and {@code Stack<'T>}: their constructors and members, with .NET's exceptions. */
final class QueueStackMembers {
    private QueueStackMembers() {}

    static void install(Library lib) {
        define(lib, "Queue", "Enqueue", "Dequeue", "TryDequeue", false);
        define(lib, "Stack", "Push", "Pop", "TryPop", true);
    }

    private static void define(Library lib, String type, String add, String take, String tryTake, boolean stack) {
        String self = type + "<'a>";
        String empty = type + " empty.";
        lib.define(type + ".new", "unit -> " + self, (vm, a) -> new NetQueue(stack));
        lib.define(type + ".new~items", "seq<'a> -> " + self, (vm, a) -> {
            NetQueue q = new NetQueue(stack);
            for (Object x : Items.toArray(a[0])) q.add(x);
            return q;
        });
        lib.define(type + "#Count", self + " -> int", a -> (long) queue(a[0]).size());
        lib.define(type + "#" + add, self + " -> 'a -> unit", a -> {
            queue(a[0]).add(a[1]);
            return Unit.VALUE;
        });
        lib.define(type + "#" + take, self + " -> unit -> 'a", a -> {
            Object x = queue(a[0]).take();
            if (x == null) throw NetErrors.invalidOperation(empty);
            return x;
        });
        lib.define(type + "#Peek", self + " -> unit -> 'a", a -> {
            Object x = queue(a[0]).peek();
            if (x == null) throw NetErrors.invalidOperation(empty);
            return x;
        });
        lib.define(type + "#" + tryTake, self + " -> unit -> bool * 'a", a -> found(queue(a[0]).take()));
        lib.define(type + "#TryPeek", self + " -> unit -> bool * 'a", a -> found(queue(a[0]).peek()));
        lib.define(type + "#Contains", self + " -> 'a -> bool", a -> {
            for (Object x : queue(a[0]).toArray()) if (Values.equal(x, a[1])) return true;
            return false;
        });
        lib.define(type + "#Clear", self + " -> unit -> unit", a -> {
            queue(a[0]).clear();
            return Unit.VALUE;
        });
        lib.define(type + "#ToArray", self + " -> unit -> 'a[]", a -> queue(a[0]).toArray());
    }

    private static NetQueue queue(Object q) {
        return (NetQueue) q;
    }

    /** TryDequeue and the like: (true, x), or (false, ()) when there is none. */
    private static Tuple found(Object x) {
        return x == null ? new Tuple(false, Unit.VALUE) : new Tuple(true, x);
    }
}
