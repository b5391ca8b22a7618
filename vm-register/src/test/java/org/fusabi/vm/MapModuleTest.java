package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;
import org.junit.jupiter.api.Test;

class MapModuleTest {
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
        assertEquals("Map.find: key not found: 3", failure("Map.find", 3L, m));
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
        same(list("a", "b"), call("Map.keys", m));
        same(list(1L, 3L), call("Map.values", m));
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
    void printsAsFSharpDoes() {
        assertEquals("map [(1, \"a\"); (2, \"b\")]", map(2L, "b", 1L, "a").toString());
        assertEquals("map []", FMap.EMPTY.toString());
    }
}
