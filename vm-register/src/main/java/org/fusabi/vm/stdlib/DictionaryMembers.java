package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.KeyValuePair;
import org.fusabi.vm.value.NetDictionary;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * .NET's {@code Dictionary<'K, 'V>}, the read-only {@code IDictionary<'K, 'V>} of F#'s {@code dict}, and
 * {@code KeyValuePair<'K, 'V>}: constructors, members ({@code d.[k]} is {@code Dictionary#get_Item d k}) and
 * {@code dict}, with .NET's semantics and exceptions. A missing value (TryGetValue's when it finds nothing) is ().
 */
final class DictionaryMembers {
    private DictionaryMembers() {}

    static void install(Library lib) {
        lib.define("Dictionary.new", "unit -> Dictionary<'k, 'v>", (vm, a) -> new NetDictionary(false));
        lib.define("Dictionary.new~capacity", "int -> Dictionary<'k, 'v>", (vm, a) -> {
            if ((Long) a[0] < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "capacity");
            return new NetDictionary(false);
        });
        lib.define("dict", "seq<'k * 'v> -> IDictionary<'k, 'v>", (vm, a) -> {
            NetDictionary d = new NetDictionary(true);
            try (Items.Each pairs = Items.each(a[0])) {
                for (Object p : pairs) d.put(((Tuple) p).items[0], ((Tuple) p).items[1]);
            }
            return d;
        });
        lib.define("SortedDictionary.new", "unit -> SortedDictionary<'k, 'v>", (vm, a) -> new NetDictionary(false, true));
        for (String type : new String[] {"Dictionary", "IDictionary", "SortedDictionary"}) {
            String self = type + "<'k, 'v>";
            lib.define(type + "#Count", self + " -> int", a -> (long) dict(a[0]).size());
            lib.define(type + "#get_Item", self + " -> 'k -> 'v", a -> {
                Object v = dict(a[0]).get(a[1]);
                if (v == null) throw NetErrors.keyNotFound("The given key '" + Show.string(a[1]) + "' was not present in the dictionary.");
                return v;
            });
            lib.define(type + "#set_Item", self + " -> 'k -> 'v -> unit", a -> {
                writable(a[0]).put(a[1], a[2]);
                return Unit.VALUE;
            });
            lib.define(type + "#Add", self + " -> 'k -> 'v -> unit", a -> {
                NetDictionary d = writable(a[0]);
                if (d.get(a[1]) != null) {
                    throw NetErrors.argument("An item with the same key has already been added. Key: " + Show.string(a[1]), null);
                }
                d.put(a[1], a[2]);
                return Unit.VALUE;
            });
            lib.define(type + "#ContainsKey", self + " -> 'k -> bool", a -> dict(a[0]).get(a[1]) != null);
            lib.define(type + "#TryGetValue", self + " -> 'k -> bool * 'v", a -> {
                Object v = dict(a[0]).get(a[1]);
                return v == null ? new Tuple(false, Unit.VALUE) : new Tuple(true, v);
            });
            lib.define(type + "#Remove", self + " -> 'k -> bool", a -> writable(a[0]).remove(a[1]));
            lib.define(type + "#Keys", self + " -> seq<'k>", (vm, a) -> FSeq.of(() -> dict(a[0]).column(0)));
            lib.define(type + "#Values", self + " -> seq<'v>", (vm, a) -> FSeq.of(() -> dict(a[0]).column(1)));
            lib.define(type + "#Clear", self + " -> unit -> unit", a -> {
                writable(a[0]).clear();
                return Unit.VALUE;
            });
        }
        lib.define("Dictionary#TryAdd", "Dictionary<'k, 'v> -> 'k -> 'v -> bool", a -> {
            NetDictionary d = dict(a[0]);
            if (d.get(a[1]) != null) return false;
            d.put(a[1], a[2]);
            return true;
        });
        lib.define("Dictionary#ContainsValue", "Dictionary<'k, 'v> -> 'v -> bool", a -> {
            try (Items.Each values = Items.each(FSeq.of(() -> dict(a[0]).column(1)))) {
                for (Object v : values) if (Values.equal(v, a[1])) return true;
            }
            return false;
        });
        lib.define("KeyValuePair.new", "'k -> 'v -> KeyValuePair<'k, 'v>", (vm, a) -> new KeyValuePair(a[0], a[1]));
        lib.define("KeyValuePair#Key", "KeyValuePair<'k, 'v> -> 'k", a -> ((KeyValuePair) a[0]).key());
        lib.define("KeyValuePair#Value", "KeyValuePair<'k, 'v> -> 'v", a -> ((KeyValuePair) a[0]).value());
    }

    private static NetDictionary dict(Object d) {
        return (NetDictionary) d;
    }

    /** The dictionary to change; F#'s dict is read-only and says so as FSharp.Core does. */
    private static NetDictionary writable(Object d) {
        NetDictionary dict = dict(d);
        if (dict.isReadOnly()) throw NetErrors.notSupported("This value cannot be mutated");
        return dict;
    }
}
