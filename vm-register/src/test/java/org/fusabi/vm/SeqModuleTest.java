package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.KeyValuePair;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

class SeqModuleTest {
    private static final Native INC = fn(x -> (Long) x + 1);
    private static final Native ID = fn(x -> x);

    @Test
    void readsEveryKindOfCollection() {
        same(list(2L, 3L), items(call("Seq.map", INC, list(1L, 2L))));
        same(list(2L, 3L), items(call("Seq.map", INC, new Object[] {1L, 2L})));
        same(list('h', 'i'), items(call("Seq.map", ID, "hi")));
        same(list(1L, 2L), items(call("Seq.map", ID, call("Set.ofList", list(2L, 1L)))));
        same(list(new KeyValuePair("a", 1L)), items(call("Seq.map", ID, FMap.EMPTY.add("a", 1L))));
        same(list(3L, 4L), items(call("Seq.map", INC, call("Seq.map", INC, list(1L, 2L)))));
        same(5L, call("Seq.length", "hello"));
        same(6L, call("Seq.sum", (Object) new Object[] {1L, 2L, 3L}));
    }

    @Test
    void computesOnDemandAndAgainAtEachEnumeration() {
        List<Object> seen = new ArrayList<>();
        Object mapped = call("Seq.map", fn(x -> { seen.add(x); return x; }), list(1L, 2L, 3L));
        assertEquals(List.of(), seen);
        same(list(1L, 2L), call("Seq.toList", call("Seq.take", 2L, mapped)));
        assertEquals(List.of(1L, 2L), seen);
        same(3L, call("Seq.length", mapped));
        assertEquals(List.of(1L, 2L, 1L, 2L, 3L), seen);
    }

    @Test
    void initComputesAnElementOnlyWhenItIsRead() {
        List<Object> seen = new ArrayList<>();
        Object squares = call("Seq.initInfinite", fn(i -> { seen.add(i); return (Long) i * (Long) i; }));
        same(list(1L, 4L, 9L, 16L), call("Seq.toList", call("Seq.take", 4L, call("Seq.skip", 1L, squares))));
        assertEquals(List.of(1L, 2L, 3L, 4L), seen);
        same(3L, call("Seq.length", call("Seq.init", 3L, fn(i -> { throw new AssertionError("read"); }))));
        assertEquals("System.ArgumentException: The input must be non-negative.\ncount = -1 (Parameter 'count')",
                raised("Seq.init", -1L, ID));
    }

    @Test
    void unfoldsAndTakesWhile() {
        Native fib = fn(s -> {
            var p = (org.fusabi.vm.value.Tuple) s;
            return some(tuple(p.items[0], tuple(p.items[1], (Long) p.items[0] + (Long) p.items[1])));
        });
        Object fibs = call("Seq.unfold", fib, tuple(0L, 1L));
        same(list(0L, 1L, 1L, 2L, 3L, 5L, 8L), call("Seq.toList", call("Seq.takeWhile", fn(x -> (Long) x < 10), fibs)));
        same(list(0L, 1L, 1L), call("Seq.toList", call("Seq.truncate", 3L, fibs)));
        same(list(13L, 21L), call("Seq.toList", call("Seq.truncate", 2L, call("Seq.skipWhile", fn(x -> (Long) x < 10), fibs))));
        same(3L, call("Seq.length", call("Seq.truncate", 10L, list(1L, 2L, 3L))));
    }

    @Test
    void raisesLengthErrorsWhenTheEnumerationMeetsThem() {
        Object taken = call("Seq.take", 5L, list(1L, 2L, 3L));
        assertEquals("System.InvalidOperationException: The input sequence has an insufficient number of elements.: "
                + "tried to take 2 elements past the end of the seq. Use Seq.truncate to get 5 or less elements",
                raised("Seq.toList", taken));
        assertEquals("System.InvalidOperationException: tried to skip The input sequence has an insufficient number of "
                + "elements. 3 past the end of the seq", raised("Seq.toList", call("Seq.skip", 4L, list(1L, 2L))));
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("Seq.take", -1L, list()));
        same(list(), call("Seq.toList", call("Seq.skip", -1L, list())));
        assertEquals("The input sequence has an insufficient number of elements. (Parameter 'source')",
                failure("Seq.toList", call("Seq.tail", list())));
        same(list(2L), call("Seq.toList", call("Seq.tail", list(1L, 2L))));
    }

    @Test
    void speaksOfSequences() {
        String empty = "System.ArgumentException: The input sequence was empty. (Parameter 'source')";
        assertEquals(empty, raised("Seq.head", list()));
        assertEquals(empty, raised("Seq.last", call("Seq.empty", Unit.VALUE)));
        assertEquals(empty, raised("Seq.reduce", fn2((a, b) -> a), list()));
        assertEquals(empty, raised("Seq.max", list()));
        assertEquals(empty, raised("Seq.average", list()));
        assertEquals(empty, raised("Seq.exactlyOne", list()));
        assertEquals("The input sequence contains more than one element. (Parameter 'source')",
                failure("Seq.exactlyOne", list(1L, 2L)));
        assertEquals("The input sequence has an insufficient number of elements.\nseq was short by 2 elements (Parameter 'index')",
                failure("Seq.item", 3L, list(1L, 2L)));
        assertEquals("The input must be non-negative.\nindex = -1 (Parameter 'index')", failure("Seq.item", -1L, list(1L)));
        same(2L, call("Seq.item", 1L, list(1L, 2L)));
        same(2L, call("Seq.nth", 1L, list(1L, 2L)));
        assertEquals("System.Collections.Generic.KeyNotFoundException: An index satisfying the predicate was not found in the collection.",
                raised("Seq.find", fn(x -> false), list(1L)));
    }

    @Test
    void zipsToTheShorterAsFSharpDoes() {
        same(list(tuple(1L, "a")), items(call("Seq.zip", list(1L, 2L), list("a"))));
        same(list(11L), items(call("Seq.map2", fn2((a, b) -> (Long) a + (Long) b), list(1L), list(10L, 20L))));
        same(list(tuple(1L, "a", true)), items(call("Seq.zip3", list(1L, 2L), list("a"), list(true, false))));
        same(3L, call("Seq.fold2", fn3((s, a, b) -> (Long) s + (Long) a * (Long) b), 0L, list(1L, 2L), list(3L)));
        same(true, call("Seq.forall2", fn2((a, b) -> true), list(1L), list(1L, 2L)));
        // Zipping with an infinite sequence ends with the finite one.
        same(list(tuple('a', 0L), tuple('b', 1L)), items(call("Seq.zip", "ab", call("Seq.initInfinite", ID))));
    }

    @Test
    void hasNoFunctionsFSharpsSeqLacks() {
        assertNull(LIB.lookup("Seq.partition"));
        assertNull(LIB.lookup("Seq.unzip"));
        assertNull(LIB.lookup("Seq.splitAt"));
    }

    @Test
    void groupsAndChunksAsSequencesOfArrays() {
        FList groups = items(call("Seq.groupBy", fn(x -> (Long) x % 2), list(1L, 2L, 3L)));
        same(1L, ((org.fusabi.vm.value.Tuple) groups.head).items[0]);
        same(list(1L, 3L), items(((org.fusabi.vm.value.Tuple) groups.head).items[1]));
        same(list(tuple(1L, 2L), tuple(0L, 1L)), items(call("Seq.countBy", fn(x -> (Long) x % 2), list(1L, 2L, 3L))));
        same(list(new Object[] {1L, 2L}, new Object[] {2L, 3L}), items(call("Seq.windowed", 2L, list(1L, 2L, 3L))));
        same(list(new Object[] {1L, 2L}, new Object[] {3L}), items(call("Seq.chunkBySize", 2L, list(1L, 2L, 3L))));
        same(list(new Object[] {1L, 2L}, new Object[] {3L}), items(call("Seq.splitInto", 2L, list(1L, 2L, 3L))));
        assertEquals("The input must be positive.\nwindowSize = 0 (Parameter 'windowSize')", failure("Seq.windowed", 0L, list()));
        FList columns = items(call("Seq.transpose", list(list(1L, 2L), list(3L))));
        same(list(1L, 3L), items(columns.head));
        same(list(2L), items(columns.tail.head));
    }

    @Test
    void reordersAtEachEnumeration() {
        List<Object> seen = new ArrayList<>();
        Object sorted = call("Seq.sortBy", fn(x -> { seen.add(x); return x; }), list(3L, 1L, 2L));
        assertEquals(List.of(), seen);
        same(list(1L, 2L, 3L), items(sorted));
        same(list(3L, 2L, 1L), items(call("Seq.rev", list(1L, 2L, 3L))));
        same(list(3L, 2L, 1L), items(call("Seq.sortDescending", list(1L, 3L, 2L))));
        same(list(0L, 1L), items(call("Seq.truncate", 2L, call("Seq.distinct", call("Seq.initInfinite", fn(i -> (Long) i % 3))))));
        same(list(1L, 3L), items(call("Seq.except", list(2L), list(1L, 2L, 3L, 1L))));
    }

    @Test
    void splicesLazily() {
        same(list(1L, 9L, 2L), items(call("Seq.insertAt", 1L, 9L, list(1L, 2L))));
        same(list(1L, 2L, 9L), items(call("Seq.insertAt", 2L, 9L, list(1L, 2L))));
        same(list(1L, 7L, 8L, 2L), items(call("Seq.insertManyAt", 1L, list(7L, 8L), list(1L, 2L))));
        same(list(2L), items(call("Seq.removeAt", 0L, list(1L, 2L))));
        same(list(1L), items(call("Seq.removeManyAt", 1L, 5L, list(1L, 2L, 3L))));
        same(list(1L, 9L), items(call("Seq.updateAt", 1L, 9L, list(1L, 2L))));
        assertEquals("index must be within bounds of the array (Parameter 'index')", failure("Seq.removeAt", -1L, list()));
        Object beyond = call("Seq.removeAt", 2L, list(1L, 2L));
        assertEquals("index must be within bounds of the array (Parameter 'index')", failure("Seq.toList", beyond));
    }

    @Test
    void appendsAndDelaysInConstantJavaStack() {
        Object left = call("Seq.empty", Unit.VALUE);
        for (long i = 0; i < 100_000; i++) left = call("Seq.append", left, call("Seq.singleton", i));
        same(100_000L, call("Seq.length", left));
        same(0L, call("Seq.head", left));
        Object right = call("Seq.empty", Unit.VALUE);
        for (long i = 0; i < 100_000; i++) right = call("Seq.append", call("Seq.singleton", i), right);
        same(99_999L, call("Seq.head", right));
        same(100_000L, call("Seq.length", right));
        same(100_000L, call("Seq.length", countdown(100_000)));
    }

    /** {@code let rec countdown n = seq { if n > 0 then yield n; yield! countdown (n - 1) }}, translated as F# does. */
    private static Object countdown(long n) {
        return call("Seq.delay", fn(u -> n == 0 ? call("Seq.empty", Unit.VALUE)
                : call("Seq.append", call("Seq.singleton", n), call("Seq.delay", fn(v -> countdown(n - 1))))));
    }

    @Test
    void runsAMillionElementPipelineInLinearTime() {
        Object pipeline = call("Seq.filter", fn(x -> (Long) x % 2 == 0),
                call("Seq.map", INC, call("Seq.init", 1_000_000L, ID)));
        same(250_000_500_000L, call("Seq.sum", pipeline));
        same(500_000L, call("Seq.length", pipeline));
    }

    @Test
    void cachesTheSourceOnce() {
        List<Object> seen = new ArrayList<>();
        Object cached = call("Seq.cache", call("Seq.map", fn(x -> { seen.add(x); return x; }), list(1L, 2L, 3L)));
        same(list(1L), items(call("Seq.truncate", 1L, cached)));
        same(list(1L, 2L, 3L), items(cached));
        same(list(1L, 2L, 3L), items(cached));
        assertEquals(List.of(1L, 2L, 3L), seen);
        same(list(tuple(1L, 'a'), tuple(1L, 'b'), tuple(2L, 'a'), tuple(2L, 'b')), items(call("Seq.allPairs", list(1L, 2L), "ab")));
    }

    @Test
    void runsFinallyWhenTheEnumerationEndsOrStops() {
        List<Object> log = new ArrayList<>();
        Native compensation = fn(u -> { log.add("finally"); return Unit.VALUE; });
        Object guarded = call("Seq.tryFinally", list(1L, 2L, 3L), compensation);
        same(list(1L, 2L, 3L), items(guarded));
        assertEquals(List.of("finally"), log);
        same(1L, call("Seq.head", guarded));
        assertEquals(List.of("finally", "finally"), log);
        same(list(1L), call("Seq.toList", call("Seq.take", 1L, guarded)));
        assertEquals(3, log.size());
    }

    @Test
    void generatesWhileTheGuardHolds() {
        long[] n = {0};
        Object counting = call("Seq.generateWhile", fn(u -> n[0] < 3),
                call("Seq.delay", fn(u -> call("Seq.singleton", n[0]++))));
        same(list(0L, 1L, 2L), items(counting));
    }

    @Test
    void enumeratesForLoops() {
        Object e = call("Seq#GetEnumerator", list(1L, 2L), Unit.VALUE);
        assertInstanceOf(Enumerator.class, e);
        same(true, call("IEnumerator#MoveNext", e, Unit.VALUE));
        same(1L, call("IEnumerator#Current", e));
        assertSame(Unit.VALUE, call("IEnumerator#Dispose", e, Unit.VALUE));
    }

    @Test
    void convertsAndKeepsWhatFSharpKeeps() {
        FList xs = list(1L, 2L);
        assertSame(xs, call("Seq.toList", xs));
        assertSame(xs, call("Seq.ofList", xs));
        Object[] a = {1L};
        Object copy = call("Seq.toArray", (Object) a);
        same(a, copy);
        assertEquals(false, copy == a);
        assertInstanceOf(FSeq.class, call("Seq.ofArray", (Object) a));
        same(list(1L, 2L), items(call("Seq.readonly", xs)));
        same(list(0L, 1L, 3L), items(call("Seq.scan", fn2((s, x) -> (Long) s + (Long) x), 0L, xs)));
        same(list(3L, 2L, 0L), items(call("Seq.scanBack", fn2((x, s) -> (Long) s + (Long) x), xs, 0L)));
        same(some(2L), call("Seq.tryLast", xs));
        same(UnionValue.NONE, call("Seq.tryHead", list()));
    }
}
