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
        assertEquals("set [1; 2; 3; ... ]", set(4L, 3L, 2L, 1L).toString());
        assertEquals("set []", FSet.EMPTY.toString());
    }

    @Test
    void comparesSubsetsAndExtremes() {
        FSet s = set(5L, 1L, 3L);
        same(1L, call("Set.minElement", s));
        same(5L, call("Set.maxElement", s));
        assertEquals("System.ArgumentException: Set contains no elements. (Parameter 's')", raised("Set.minElement", FSet.EMPTY));
        assertEquals("Set contains no elements. (Parameter 's')", failure("Set.maxElement", FSet.EMPTY));
        same(true, call("Set.isSubset", set(1L, 5L), s));
        same(true, call("Set.isSubset", s, s));
        same(false, call("Set.isProperSubset", s, s));
        same(true, call("Set.isProperSubset", set(1L), s));
        same(true, call("Set.isSuperset", s, set(3L)));
        same(false, call("Set.isProperSuperset", set(3L), s));
        same(set(1L, 3L, 5L, 9L), call("Set.unionMany", list(s, set(9L), FSet.EMPTY)));
        same(set(3L), call("Set.intersectMany", list(s, set(3L, 4L))));
        assertEquals("The input sequence was empty. (Parameter 'source')", failure("Set.intersectMany", list()));
        same(set(7L), call("Set.singleton", 7L));
        same(new Object[] {1L, 3L, 5L}, call("Set.toArray", s));
        same(s, call("Set.ofArray", (Object) new Object[] {3L, 5L, 1L}));
        same(s, call("Set.ofSeq", list(1L, 3L, 5L)));
        same(true, call("Set.exists", fn(x -> x.equals(3L)), s));
        same(false, call("Set.forall", fn(x -> x.equals(3L)), s));
        same(tuple(set(1L, 3L), set(5L)), call("Set.partition", fn(x -> (Long) x < 4), s));
        same(">531", call("Set.foldBack", fn2((x, acc) -> acc + "" + x), s, ">"));
        same(list(1L, 3L, 5L), items(call("Set.toSeq", s)));
    }

    @Test
    void hasTheMembersAndOperatorsOfASet() {
        FSet s = set(1L, 2L);
        same(2L, call("Set#Count", s));
        same(false, call("Set#IsEmpty", s));
        same(true, call("Set#Contains", s, 1L));
        same(set(1L, 2L, 3L), call("Set#Add", s, 3L));
        same(set(2L), call("Set#Remove", s, 1L));
        same(1L, call("Set#MinimumElement", s));
        same(2L, call("Set#MaximumElement", s));
        same(true, call("Set#IsSubsetOf", set(1L), s));
        same(true, call("Set#IsSupersetOf", s, set(1L)));
        same(false, call("Set#IsProperSubsetOf", s, s));
        same(false, call("Set#IsProperSupersetOf", s, s));
        same(set(1L, 2L, 3L), call("Set.op_Addition", s, set(3L)));
        same(set(1L), call("Set.op_Subtraction", s, set(2L)));
    }
}
