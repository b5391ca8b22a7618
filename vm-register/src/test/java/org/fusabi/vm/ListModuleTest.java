package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

class ListModuleTest {
    private static final Native INC = fn(x -> (Long) x + 1);
    private static final Native EVEN = fn(x -> (Long) x % 2 == 0);
    private static final Native ADD = fn2((a, b) -> (Long) a + (Long) b);

    @Test
    void mapsInOrder() {
        List<Object> seen = new ArrayList<>();
        same(list(2L, 3L, 4L), call("List.map", fn(x -> { seen.add(x); return (Long) x + 1; }), list(1L, 2L, 3L)));
        assertEquals(List.of(1L, 2L, 3L), seen);
        same(list(), call("List.map", INC, list()));
        same(list("0a", "1b"), call("List.mapi", fn2((i, x) -> i + (String) x), list("a", "b")));
        same(list(11L, 22L), call("List.map2", ADD, list(1L, 2L), list(10L, 20L)));
        assertEquals("System.ArgumentException: The lists had different lengths.\nlist1 is 1 element shorter than list2 (Parameter 'list1')",
                raised("List.map2", ADD, list(1L), list(1L, 2L)));
    }

    @Test
    void iterates() {
        List<Object> seen = new ArrayList<>();
        assertSame(Unit.VALUE, call("List.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), list(1L, 2L)));
        call("List.iteri", fn2((i, x) -> { seen.add(new Tuple(i, x)); return Unit.VALUE; }), list("a"));
        assertEquals(3, seen.size());
        same(tuple(0L, "a"), seen.get(2));
    }

    @Test
    void filtersChoosesCollectsPartitions() {
        same(list(2L, 4L), call("List.filter", EVEN, list(1L, 2L, 3L, 4L)));
        same(list(20L, 40L), call("List.choose",
                fn(x -> (Long) x % 2 == 0 ? some((Long) x * 10) : UnionValue.NONE), list(1L, 2L, 3L, 4L)));
        same(list(1L, 1L, 2L, 2L), call("List.collect", fn(x -> list(x, x)), list(1L, 2L)));
        same(tuple(list(2L), list(1L, 3L)), call("List.partition", EVEN, list(1L, 2L, 3L)));
    }

    @Test
    void folds() {
        same("s123", call("List.fold", fn2((acc, x) -> acc + "" + x), "s", list(1L, 2L, 3L)));
        same("123s", call("List.foldBack", fn2((x, acc) -> x + "" + acc), list(1L, 2L, 3L), "s"));
        same(list(0L, 1L, 3L, 6L), call("List.scan", ADD, 0L, list(1L, 2L, 3L)));
        same(list(0L), call("List.scan", ADD, 0L, list()));
        same(-4L, call("List.reduce", fn2((a, b) -> (Long) a - (Long) b), list(1L, 2L, 3L)));
        assertEquals("System.ArgumentException: The input list was empty. (Parameter 'list')", raised("List.reduce", ADD, list()));
    }

    @Test
    void sumsAndAverages() {
        same(6L, call("List.sum", list(1L, 2L, 3L)));
        same(0L, call("List.sum", list()));
        same(0.0, call("List.sum@float", list()));
        same(3.5, call("List.sum@float", list(1.5, 2.0)));
        // Decimal's variants take their zero when called (BigDecimal's class initialiser is dear: Numeric.define).
        same(BigDecimal.ZERO, call("List.sum@decimal", list()));
        same(new BigDecimal("3.75"), call("List.sum@decimal", list(new BigDecimal("1.5"), new BigDecimal("2.25"))));
        assertEquals("System.OverflowException: Arithmetic operation resulted in an overflow.",
                raised("List.sum", list(Long.MAX_VALUE, 1L)));
        same(12L, call("List.sumBy", fn(x -> ((String) x).length() * 2L), list("ab", "cdef")));
        same(0.0, call("List.sumBy@float", fn(x -> x), list()));
        same(2.0, call("List.average", list(1.0, 2.0, 3.0)));
        same(1.5, call("List.averageBy", fn(x -> (double) (Long) x), list(1L, 2L)));
        assertEquals("The input sequence was empty. (Parameter 'source')", failure("List.average", list()));
        assertEquals("The input sequence was empty. (Parameter 'source')", failure("List.averageBy", INC, list()));
    }

    @Test
    void maxAndMin() {
        same(3L, call("List.max", list(1L, 3L, 2L)));
        same("a", call("List.min", list("b", "a", "c")));
        same(tuple(2L, "a"), call("List.max", list(tuple(1L, "z"), tuple(2L, "a"))));
        assertEquals("System.ArgumentException: The input sequence was empty. (Parameter 'list')", raised("List.max", list()));
        assertEquals("The input sequence was empty. (Parameter 'list')", failure("List.min", list()));
        Native length = fn(x -> (long) ((String) x).length());
        // The first of equally maximal elements wins, as in F#.
        same("bb", call("List.maxBy", length, list("a", "bb", "cc")));
        same("a", call("List.minBy", length, list("a", "b", "cc")));
        assertEquals("The input sequence was empty. (Parameter 'list')", failure("List.maxBy", length, list()));
        assertEquals("The input sequence was empty. (Parameter 'list')", failure("List.minBy", length, list()));
    }

    @Test
    void headsTailsAndItems() {
        FList xs = list(1L, 2L, 3L);
        same(3L, call("List.length", xs));
        same(1L, call("List.head", xs));
        assertSame(xs.tail, call("List.tail", xs));
        same(some(1L), call("List.tryHead", xs));
        same(UnionValue.NONE, call("List.tryHead", list()));
        same(3L, call("List.last", xs));
        same(2L, call("List.item", 1L, xs));
        same(3L, call("List.nth", xs, 2L));
        same(true, call("List.isEmpty", list()));
        same(false, call("List.isEmpty", xs));
        assertEquals("System.ArgumentException: The input list was empty. (Parameter 'list')", raised("List.head", list()));
        assertEquals("The input list was empty. (Parameter 'list')", failure("List.tail", list()));
        assertEquals("The input list was empty. (Parameter 'list')", failure("List.last", list()));
        assertEquals("System.ArgumentException: The index was outside the range of elements in the list. (Parameter 'index')",
                raised("List.item", 5L, xs));
        assertEquals("The index was outside the range of elements in the list. (Parameter 'index')", failure("List.item", -1L, xs));
        assertEquals("The index was outside the range of elements in the list. (Parameter 'index')", failure("List.nth", xs, 3L));
        same(some(3L), call("List.tryLast", xs));
        same(UnionValue.NONE, call("List.tryLast", list()));
        same(some(2L), call("List.tryItem", 1L, xs));
        same(UnionValue.NONE, call("List.tryItem", 3L, xs));
        same(UnionValue.NONE, call("List.tryItem", -1L, xs));
        same(42L, call("List.exactlyOne", list(42L)));
        assertEquals("The input sequence was empty. (Parameter 'source')", failure("List.exactlyOne", list()));
        assertEquals("The input sequence contains more than one element. (Parameter 'source')", failure("List.exactlyOne", xs));
        same(some(42L), call("List.tryExactlyOne", list(42L)));
        same(UnionValue.NONE, call("List.tryExactlyOne", xs));
    }

    @Test
    void searches() {
        FList xs = list(1L, 2L, 3L, 4L);
        same(true, call("List.exists", EVEN, xs));
        same(false, call("List.exists", EVEN, list()));
        same(false, call("List.forall", EVEN, xs));
        same(true, call("List.forall", EVEN, list()));
        same(2L, call("List.find", EVEN, xs));
        same(some(2L), call("List.tryFind", EVEN, xs));
        same(UnionValue.NONE, call("List.tryFind", EVEN, list(1L)));
        same(1L, call("List.findIndex", EVEN, xs));
        same(some(1L), call("List.tryFindIndex", EVEN, xs));
        same(UnionValue.NONE, call("List.tryFindIndex", EVEN, list()));
        assertEquals("System.Collections.Generic.KeyNotFoundException: An index satisfying the predicate was not found in the collection.",
                raised("List.find", EVEN, list(1L)));
        assertEquals("An index satisfying the predicate was not found in the collection.", failure("List.findIndex", EVEN, list()));
        same(4L, call("List.findBack", EVEN, xs));
        same(some(4L), call("List.tryFindBack", EVEN, xs));
        same(3L, call("List.findIndexBack", EVEN, xs));
        same(UnionValue.NONE, call("List.tryFindIndexBack", EVEN, list(1L)));
        assertEquals("An index satisfying the predicate was not found in the collection.", failure("List.findBack", EVEN, list(1L)));
        assertEquals("An index satisfying the predicate was not found in the collection.", failure("List.findIndexBack", EVEN, list()));
        Native bigSquare = fn(x -> (Long) x * (Long) x > 5 ? some((Long) x * 10) : UnionValue.NONE);
        same(30L, call("List.pick", bigSquare, xs));
        same(some(30L), call("List.tryPick", bigSquare, xs));
        same(UnionValue.NONE, call("List.tryPick", bigSquare, list(1L)));
        assertEquals("An index satisfying the predicate was not found in the collection.", failure("List.pick", bigSquare, list(1L)));
        same(true, call("List.contains", list(1L, "a"), list(list(1L, "a"))));
        same(false, call("List.contains", 5L, xs));
    }

    @Test
    void findStopsAtTheFirstMatch() {
        List<Object> seen = new ArrayList<>();
        call("List.exists", fn(x -> { seen.add(x); return x.equals(2L); }), list(1L, 2L, 3L));
        assertEquals(List.of(1L, 2L), seen);
    }

    @Test
    void buildsLists() {
        same(list(0L, 1L, 4L), call("List.init", 3L, fn(i -> (Long) i * (Long) i)));
        same(list(), call("List.init", 0L, INC));
        assertEquals("System.ArgumentException: The input must be non-negative.\ncount = -1 (Parameter 'count')",
                raised("List.init", -1L, INC));
        same(list("x", "x"), call("List.replicate", 2L, "x"));
        assertEquals("The input must be non-negative. (Parameter 'count')", failure("List.replicate", -2L, "x"));
        same(list(7L), call("List.singleton", 7L));
        same(list(2L, 3L, 4L), call("List.range", 2L, 5L));
        same(list(), call("List.range", 5L, 5L));
        same(list(), call("List.range", 5L, 2L));
        same(list(1L, 2L), call("List.ofArray", (Object) new Object[] {1L, 2L}));
        same(new Object[] {1L, 2L}, call("List.toArray", list(1L, 2L)));
        same(list(1L), call("List.ofSeq", list(1L)));
    }

    @Test
    void appendSharesTheSecondList() {
        FList back = list(3L, 4L);
        FList joined = (FList) call("List.append", list(1L, 2L), back);
        same(list(1L, 2L, 3L, 4L), joined);
        assertSame(back, joined.tail.tail);
        same(list(1L, 2L, 3L), call("List.concat", list(list(1L), list(), list(2L, 3L))));
        same(list(), call("List.concat", list()));
    }

    @Test
    void reverses() {
        same(list(3L, 2L, 1L), call("List.rev", list(1L, 2L, 3L)));
        same(list(), call("List.rev", list()));
    }

    @Test
    void sortsStably() {
        same(list(1L, 2L, 3L), call("List.sort", list(3L, 1L, 2L)));
        same(list("b", "a"), call("List.sortDescending", list("a", "b")));
        FList pairs = list(tuple(2L, "a"), tuple(1L, "b"), tuple(2L, "c"), tuple(1L, "d"));
        Native first = fn(p -> ((Tuple) p).items[0]);
        same(list(tuple(1L, "b"), tuple(1L, "d"), tuple(2L, "a"), tuple(2L, "c")), call("List.sortBy", first, pairs));
        Native byFirst = fn2((p, q) -> Long.compare((Long) ((Tuple) p).items[0], (Long) ((Tuple) q).items[0]) * 7L);
        same(list(tuple(1L, "b"), tuple(1L, "d"), tuple(2L, "a"), tuple(2L, "c")), call("List.sortWith", byFirst, pairs));
        Native descending = fn2((p, q) -> (long) Long.compare((Long) ((Tuple) q).items[0], (Long) ((Tuple) p).items[0]));
        same(list(tuple(2L, "a"), tuple(2L, "c"), tuple(1L, "b"), tuple(1L, "d")), call("List.sortWith", descending, pairs));
        same(list(), call("List.sort", list()));
    }

    @Test
    void sortByComputesEachKeyOnce() {
        List<Object> seen = new ArrayList<>();
        call("List.sortBy", fn(x -> { seen.add(x); return x; }), list(3L, 1L, 2L));
        assertEquals(List.of(3L, 1L, 2L), seen);
    }

    @Test
    void sortsLargeListsWithAnInconsistentComparer() {
        Object[] xs = new Object[10_000];
        for (int i = 0; i < xs.length; i++) xs[i] = (long) (i * 7919 % 1000);
        FList sorted = (FList) call("List.sortWith", fn2((a, b) -> ((Long) a + (Long) b) % 3 - 1), FList.of(xs));
        assertEquals(xs.length, sorted.length());
        FList ordered = (FList) call("List.sort", FList.of(xs));
        for (FList l = ordered; l.tail != FList.NIL; l = l.tail) assertEquals(true, (Long) l.head <= (Long) l.tail.head);
    }

    @Test
    void distinctAndGroupsKeepFirstOccurrenceOrder() {
        same(list(3L, 1L, 2L), call("List.distinct", list(3L, 1L, 3L, 2L, 1L)));
        same(list(list(1L), list(2L)), call("List.distinct", list(list(1L), list(2L), list(1L))));
        Native mod3 = fn(x -> (Long) x % 3);
        same(list(4L, 2L, 3L), call("List.distinctBy", mod3, list(4L, 2L, 1L, 3L, 5L)));
        same(list(tuple(1L, list(4L, 1L)), tuple(2L, list(2L, 5L)), tuple(0L, list(3L))),
                call("List.groupBy", mod3, list(4L, 2L, 1L, 3L, 5L)));
        same(list(tuple(1L, 2L), tuple(2L, 2L), tuple(0L, 1L)), call("List.countBy", mod3, list(4L, 2L, 1L, 3L, 5L)));
        same(list(), call("List.groupBy", mod3, list()));
    }

    @Test
    void zipsAndPairs() {
        same(list(tuple(1L, "a"), tuple(2L, "b")), call("List.zip", list(1L, 2L), list("a", "b")));
        assertEquals("The lists had different lengths.\nlist2 is 1 element shorter than list1 (Parameter 'list2')",
                failure("List.zip", list(1L, 2L), list("a")));
        same(list(tuple(1L, "a", true)), call("List.zip3", list(1L), list("a"), list(true)));
        assertEquals("The lists had different lengths.\n list1.Length = 1, list2.Length = 2, list3.Length = 1 (Parameter 'list1, list2, list3')",
                failure("List.zip3", list(1L), list("a", "b"), list(true)));
        same(tuple(list(1L), list("a"), list(true)), call("List.unzip3", list(tuple(1L, "a", true))));
        same(tuple(list(1L, 2L), list("a", "b")), call("List.unzip", list(tuple(1L, "a"), tuple(2L, "b"))));
        same(list(tuple(1L, 2L), tuple(2L, 3L)), call("List.pairwise", list(1L, 2L, 3L)));
        same(list(), call("List.pairwise", list(1L)));
        same(list(), call("List.pairwise", list()));
        same(list(tuple(0L, "a"), tuple(1L, "b")), call("List.indexed", list("a", "b")));
    }

    @Test
    void takesAndSkips() {
        FList xs = list(1L, 2L, 3L);
        same(list(1L, 2L), call("List.take", 2L, xs));
        same(list(), call("List.take", 0L, xs));
        assertEquals("System.InvalidOperationException: The input sequence has an insufficient number of elements.\nThe list was 2 elements shorter than the index",
                raised("List.take", 5L, xs));
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("List.take", -1L, xs));
        assertSame(xs.tail, call("List.skip", 1L, xs));
        assertSame(xs, call("List.skip", -1L, xs));
        same(list(), call("List.skip", 3L, xs));
        assertEquals("The index is outside the legal range.\ncount = 4, distance past the list = 1 (Parameter 'count')",
                failure("List.skip", 4L, xs));
        same(list(1L, 2L), call("List.truncate", 2L, xs));
        same(xs, call("List.truncate", 9L, xs));
        same(list(), call("List.truncate", -1L, xs));
    }

    @Test
    void handlesAMillionElementsWithoutDeepRecursion() {
        FList big = (FList) call("List.init", 1_000_000L, fn(i -> i));
        FList mapped = (FList) call("List.map", INC, big);
        assertEquals(1_000_000, mapped.length());
        same(1L, mapped.head);
        FList evens = (FList) call("List.filter", EVEN, mapped);
        assertEquals(500_000, evens.length());
        same(500_000_500_000L, call("List.fold", ADD, 0L, mapped));
        same(500_000_500_000L, call("List.foldBack", ADD, mapped, 0L));
        same(499_999_500_000L, call("List.sum", big));
        assertEquals(1_000_000, ((FList) call("List.append", big, big)).length() / 2);
        assertEquals(1_000_000, ((FList) call("List.sortDescending", big)).length());
        same(999_999L, ((FList) call("List.rev", big)).head);
        same(true, call("List.contains", 999_999L, big));
        same(big, call("List.take", 1_000_000L, big));
    }
}
