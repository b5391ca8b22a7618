package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.FSet;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;
import org.junit.jupiter.api.Test;

class SetModuleTest {
    private static FSet set(Object... items) {
        return (FSet) call("Set.ofList", list(items));
    }

    @Test
    void addsRemovesAndContains() {
        FSet s = set(3L, 1L, 2L, 1L);
        same(3L, call("Set.count", s));
        same(list(1L, 2L, 3L), call("Set.toList", s));
        same(true, call("Set.contains", 2L, s));
        same(false, call("Set.contains", 5L, s));
        same(list(1L, 2L, 3L, 4L), call("Set.toList", call("Set.add", 4L, s)));
        assertSame(s, call("Set.add", 1L, s));
        same(list(1L, 3L), call("Set.toList", call("Set.remove", 2L, s)));
        same(true, call("Set.isEmpty", FSet.EMPTY));
        same(false, call("Set.isEmpty", s));
        same(list(1L, 2L, 3L), call("Set.toList", s));
    }

    @Test
    void combinesSets() {
        FSet a = set(1L, 2L, 3L);
        FSet b = set(2L, 3L, 4L, 5L);
        same(set(1L, 2L, 3L, 4L, 5L), call("Set.union", a, b));
        same(set(2L, 3L), call("Set.intersect", a, b));
        same(set(1L), call("Set.difference", a, b));
        same(set(4L, 5L), call("Set.difference", b, a));
        same(set(1L, 2L, 3L), call("Set.difference", a, set(9L)));
        same(FSet.EMPTY, call("Set.intersect", a, FSet.EMPTY));
    }

    @Test
    void visitsElementsInOrder() {
        FSet s = set("b", "c", "a");
        List<Object> seen = new ArrayList<>();
        call("Set.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), s);
        assertEquals(List.of("a", "b", "c"), seen);
        same(">abc", call("Set.fold", fn2((acc, x) -> acc + "" + x), ">", s));
        same(set(1L), call("Set.map", fn(x -> 1L), s));
        same(set("a", "c"), call("Set.filter", fn(x -> !x.equals("b")), s));
    }

    @Test
    void holdsStructuredElements() {
        FSet s = set(list(2L), list(1L, 5L), list(1L));
        same(list(list(1L), list(1L, 5L), list(2L)), call("Set.toList", s));
        same(true, call("Set.contains", list(1L, 5L), s));
    }

    @Test
    void comparesAndPrintsAsFSharpDoes() {
        assertTrue(Values.equal(set(1L, 2L), set(2L, 1L)));
        assertEquals(Values.hash(set(1L, 2L)), Values.hash(set(2L, 1L)));
        assertEquals(-1, Values.compare(set(1L, 2L), set(1L, 3L)));
        assertEquals(1, Values.compare(set(1L, 2L), set(1L)));
        assertEquals("set [1; 2; 3]", set(3L, 2L, 1L).toString());
        assertEquals("set []", FSet.EMPTY.toString());
    }
}
