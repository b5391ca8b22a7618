package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.KeyValuePair;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;
import org.junit.jupiter.api.Test;

class MapModuleTest {
    private static Object[] arr(Object... items) {
        return items;
    }

    private static FMap map(Object... pairs) {
        FMap m = FMap.EMPTY;
        for (int i = 0; i < pairs.length; i += 2) m = m.add(pairs[i], pairs[i + 1]);
        return m;
    }

    @Test
    void addsFindsAndRemoves() {
        FMap m = (FMap) call("Map.add", 2L, "b", call("Map.add", 1L, "a", FMap.EMPTY));
        same("a", call("Map.find", 1L, m));
        same(some("b"), call("Map.tryFind", 2L, m));
        same(UnionValue.NONE, call("Map.tryFind", 3L, m));
        same(true, call("Map.containsKey", 2L, m));
        same(2L, call("Map.count", m));
        same(false, call("Map.isEmpty", m));
        same(true, call("Map.isEmpty", FMap.EMPTY));
        assertEquals("System.Collections.Generic.KeyNotFoundException: The given key was not present in the dictionary.",
                raised("Map.find", 3L, m));
        FMap replaced = (FMap) call("Map.add", 1L, "z", m);
        same("z", call("Map.find", 1L, replaced));
        same(2L, call("Map.count", replaced));
        FMap removed = (FMap) call("Map.remove", 1L, m);
        same(false, call("Map.containsKey", 1L, removed));
        same(m, call("Map.remove", 9L, m));
    }

    @Test
    void olderVersionsStayUnchanged() {
        FMap before = map(1L, "a", 2L, "b");
        call("Map.add", 3L, "c", before);
        call("Map.add", 1L, "z", before);
        call("Map.remove", 2L, before);
        same(list(tuple(1L, "a"), tuple(2L, "b")), call("Map.toList", before));
    }

    @Test
    void convertsInKeyOrder() {
        FMap m = (FMap) call("Map.ofList", list(tuple("b", 2L), tuple("a", 1L), tuple("b", 3L)));
        same(list(tuple("a", 1L), tuple("b", 3L)), call("Map.toList", m));
        same(list("a", "b"), items(call("Map.keys", m)));
        same(list(1L, 3L), items(call("Map.values", m)));
        same(arr(tuple("a", 1L), tuple("b", 3L)), call("Map.toArray", m));
        same(list(tuple("a", 1L), tuple("b", 3L)), items(call("Map.toSeq", m)));
        same(m, call("Map.ofArray", (Object) arr(tuple("a", 1L), tuple("b", 3L))));
        same(m, call("Map.ofSeq", call("Map.toSeq", m)));
        same(list(), call("Map.toList", FMap.EMPTY));
    }

    @Test
    void visitsEntriesInKeyOrder() {
        FMap m = map(3L, "c", 1L, "a", 2L, "b");
        List<Object> seen = new ArrayList<>();
        call("Map.iter", fn2((k, v) -> { seen.add(k); return Unit.VALUE; }), m);
        assertEquals(List.of(1L, 2L, 3L), seen);
        Native fold = new Native("f", "s -> k -> v -> s", 3, (vm, a) -> a[0] + "" + a[1] + a[2]);
        same(">1a2b3c", call("Map.fold", fold, ">", m));
        same(map(1L, "a!", 2L, "b!", 3L, "c!"), call("Map.map", fn2((k, v) -> v + "!"), m));
        same(map(1L, "a", 3L, "c"), call("Map.filter", fn2((k, v) -> !k.equals(2L)), m));
        same(true, call("Map.exists", fn2((k, v) -> v.equals("b")), m));
        same(false, call("Map.exists", fn2((k, v) -> false), m));
    }

    @Test
    void staysBalancedAndOrdered() {
        FMap m = FMap.EMPTY;
        for (long i = 0; i < 100_000; i++) m = m.add((i * 7919) % 100_000, i);
        assertEquals(100_000, m.size());
        long expected = 0;
        for (Tuple e : m) assertEquals(expected++, e.items[0]);
        for (long i = 0; i < 100_000; i += 2) m = m.remove(i);
        assertEquals(50_000, m.size());
        assertTrue(m.containsKey(99_999L));
        assertEquals(false, m.containsKey(50_000L));
    }

    @Test
    void comparesStructurally() {
        assertTrue(Values.equal(map(1L, "a", 2L, "b"), map(2L, "b", 1L, "a")));
        assertEquals(Values.hash(map(1L, "a", 2L, "b")), Values.hash(map(2L, "b", 1L, "a")));
        assertNotEquals(map(1L, "a"), map(1L, "b"));
        assertEquals(-1, Values.compare(map(1L, "a"), map(1L, "b")));
        assertEquals(-1, Values.compare(map(1L, "a"), map(1L, "a", 2L, "b")));
        assertEquals(1, Values.compare(map(2L, "a"), map(1L, "a", 2L, "b")));
        assertEquals(0, Values.compare(map(), map()));
    }

    @Test
    void changesPartitionsAndFindsKeys() {
        FMap m = map("a", 1L, "b", 2L, "c", 3L);
        Native times10 = fn(o -> o instanceof UnionValue u && u.tag == 1 ? some((Long) u.fields[0] * 10) : UnionValue.NONE);
        same(map("a", 1L, "b", 20L, "c", 3L), call("Map.change", "b", times10, m));
        same(map("a", 1L, "b", 2L, "c", 3L, "d", 4L), call("Map.change", "d", fn(o -> some(4L)), m));
        same(map("a", 1L, "c", 3L), call("Map.change", "b", fn(o -> UnionValue.NONE), m));
        same("c", call("Map.findKey", fn2((k, v) -> (Long) v > 2), m));
        same(some("c"), call("Map.tryFindKey", fn2((k, v) -> (Long) v > 2), m));
        same(UnionValue.NONE, call("Map.tryFindKey", fn2((k, v) -> false), m));
        assertEquals("An index satisfying the predicate was not found in the collection.",
                failure("Map.findKey", fn2((k, v) -> false), m));
        same(tuple(map("a", 1L, "b", 2L), map("c", 3L)), call("Map.partition", fn2((k, v) -> (Long) v < 3), m));
        same(true, call("Map.forall", fn2((k, v) -> (Long) v > 0), m));
        Native pick = fn2((k, v) -> (Long) v > 1 ? some(k + "!") : UnionValue.NONE);
        same("b!", call("Map.pick", pick, m));
        same(some("b!"), call("Map.tryPick", pick, m));
        assertEquals("The given key was not present in the dictionary.", failure("Map.pick", fn2((k, v) -> UnionValue.NONE), m));
        same("a1b2c3.", call("Map.foldBack", fn3((k, v, acc) -> k + "" + v + acc), m, "."));
        same(tuple("a", 1L), call("Map.minKeyValue", m));
        same(tuple("c", 3L), call("Map.maxKeyValue", m));
        assertEquals("The given key was not present in the dictionary.", failure("Map.minKeyValue", FMap.EMPTY));
    }

    @Test
    void hasTheMembersOfAMap() {
        FMap m = map("a", 1L);
        same(1L, call("Map#Count", m));
        same(false, call("Map#IsEmpty", m));
        same(1L, call("Map#get_Item", m, "a"));
        assertEquals("The given key was not present in the dictionary.", failure("Map#get_Item", m, "z"));
        same(true, call("Map#ContainsKey", m, "a"));
        same(some(1L), call("Map#TryFind", m, "a"));
        same(tuple(true, 1L), call("Map#TryGetValue", m, "a"));
        same(map("a", 1L, "b", 2L), call("Map#Add", m, "b", 2L));
        same(FMap.EMPTY, call("Map#Remove", m, "a"));
        same(list("a"), items(call("Map#Keys", m)));
        same(list(1L), items(call("Map#Values", m)));
    }

    @Test
    void enumeratesAsKeyValuePairs() {
        same(list(new KeyValuePair("a", 1L)), items(map("a", 1L)));
    }

    @Test
    void printsAsFSharpsToString() {
        assertEquals("map [(1, a); (2, b)]", map(2L, "b", 1L, "a").toString());
        assertEquals("map [(1, 1); (2, 2); (3, 3); ... ]", map(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L).toString());
        assertEquals("map []", FMap.EMPTY.toString());
    }
}
