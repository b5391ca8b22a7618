package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** The List functions beyond the everyday ones, with F#'s results and error messages (FSharp.Core list.fs). */
class ListModuleBreadthTest {
    private static final Native ADD = fn2((a, b) -> (Long) a + (Long) b);
    private static final Native SMALL = fn(x -> (Long) x < 4);

    @Test
    void windowsAndChunks() {
        same(list(list(1L, 2L, 3L), list(2L, 3L, 4L)), call("List.windowed", 3L, list(1L, 2L, 3L, 4L)));
        same(list(), call("List.windowed", 5L, list(1L, 2L)));
        assertEquals("System.ArgumentException: The input must be positive.\nwindowSize = 0 (Parameter 'windowSize')",
                raised("List.windowed", 0L, list(1L)));
        same(list(list(1L, 2L, 3L), list(4L, 5L)), call("List.chunkBySize", 3L, list(1L, 2L, 3L, 4L, 5L)));
        assertEquals("The input must be positive.\nchunkSize = -1 (Parameter 'chunkSize')", failure("List.chunkBySize", -1L, list()));
        same(list(list(1L, 2L), list(3L, 4L), list(5L)), call("List.splitInto", 3L, list(1L, 2L, 3L, 4L, 5L)));
        same(list(list(1L), list(2L)), call("List.splitInto", 5L, list(1L, 2L)));
        assertEquals("The input must be positive.\ncount = 0 (Parameter 'count')", failure("List.splitInto", 0L, list(1L)));
    }

    @Test
    void takesAndSkipsWhile() {
        same(list(1L, 2L, 3L), call("List.takeWhile", SMALL, list(1L, 2L, 3L, 6L, 1L)));
        same(list(6L, 1L), call("List.skipWhile", SMALL, list(1L, 2L, 3L, 6L, 1L)));
        same(list(), call("List.takeWhile", SMALL, list()));
        same(list(1L, 3L), call("List.where", fn(x -> (Long) x % 2 == 1), list(1L, 2L, 3L)));
    }

    @Test
    void splitsAt() {
        same(tuple(list(1L, 2L), list(3L)), call("List.splitAt", 2L, list(1L, 2L, 3L)));
        same(tuple(list(), list(1L)), call("List.splitAt", 0L, list(1L)));
        assertEquals("System.InvalidOperationException: The input sequence has an insufficient number of elements.\nThe list was 2 elements shorter than the index",
                raised("List.splitAt", 5L, list(1L, 2L, 3L)));
        assertEquals("System.InvalidOperationException: The input list was empty.", raised("List.splitAt", 1L, list()));
        assertEquals("The input must be non-negative.\nindex = -1 (Parameter 'index')", failure("List.splitAt", -1L, list()));
    }

    @Test
    void pairsAndExcludes() {
        same(list(1L, 3L, 5L), call("List.except", list(2L, 4L), list(1L, 2L, 3L, 1L, 4L, 5L)));
        same(list(tuple(1L, 'a'), tuple(1L, 'b'), tuple(2L, 'a'), tuple(2L, 'b')),
                call("List.allPairs", list(1L, 2L), list('a', 'b')));
        same(list(list(1L, 4L), list(2L, 5L), list(3L, 6L)), call("List.transpose", list(list(1L, 2L, 3L), list(4L, 5L, 6L))));
        same(list(), call("List.transpose", list()));
        assertEquals("The lists had different lengths.\nlist.[1] is 1 element shorter than list.[0] (Parameter 'list.[1]')",
                failure("List.transpose", list(list(1L, 2L), list(3L))));
        assertEquals("The lists had different lengths.\nlist.[0] is 2 elements shorter than list.[1] (Parameter 'list.[0]')",
                failure("List.transpose", list(list(1L), list(3L, 4L, 5L))));
    }

    @Test
    void foldsWithState() {
        same(tuple(list(2L, 4L, 6L), 6L), call("List.mapFold", fn2((acc, x) -> tuple((Long) x * 2, (Long) acc + (Long) x)), 0L,
                list(1L, 2L, 3L)));
        same(tuple(list(3L, 2L), 5L), call("List.mapFoldBack", fn2((x, acc) -> tuple((Long) x + 1, (Long) acc + (Long) x)),
                list(2L, 1L), 2L));
        same(2L, call("List.reduceBack", fn2((a, b) -> (Long) a - (Long) b), list(1L, 2L, 3L)));
        assertEquals("The input list was empty. (Parameter 'list')", failure("List.reduceBack", ADD, list()));
        same(list(6L, 5L, 3L, 0L), call("List.scanBack", ADD, list(1L, 2L, 3L), 0L));
        same(21L, call("List.fold2", fn3((acc, a, b) -> (Long) acc + (Long) a * (Long) b), 0L, list(1L, 2L), list(5L, 8L)));
        assertEquals("The lists had different lengths.\nlist2 is 1 element shorter than list1 (Parameter 'list2')",
                failure("List.fold2", fn3((acc, a, b) -> acc), 0L, list(1L, 2L), list(5L)));
        same("1a2b.", call("List.foldBack2", fn3((a, b, acc) -> a + "" + b + acc), list(1L, 2L), list("a", "b"), "."));
        assertEquals("The lists had different lengths.\nlist1.Length = 2, list2.Length = 3 (Parameter 'list1, list2')",
                failure("List.foldBack2", fn3((a, b, acc) -> acc), list(1L, 2L), list(1L, 2L, 3L), 0L));
        assertEquals("The lists had different lengths.\nlist1 is 1 element shorter than list2 (Parameter 'list1')",
                failure("List.foldBack2", fn3((a, b, acc) -> acc), list(), list(1L), 0L));
    }

    @Test
    void visitsPairsAndTriples() {
        List<Object> seen = new ArrayList<>();
        call("List.iter2", fn2((a, b) -> { seen.add(tuple(a, b)); return Unit.VALUE; }), list(1L, 2L), list("a", "b"));
        call("List.iteri2", fn3((i, a, b) -> { seen.add(i); return Unit.VALUE; }), list(1L), list("a"));
        assertEquals(3, seen.size());
        same(0L, seen.get(2));
        // F# visits the common prefix before it finds the lists differ.
        seen.clear();
        assertEquals("The lists had different lengths.\nlist1 is 2 elements shorter than list2 (Parameter 'list1')",
                failure("List.iter2", fn2((a, b) -> { seen.add(a); return Unit.VALUE; }), list(1L), list(1L, 2L, 3L)));
        assertEquals(List.of(1L), seen);
        same(list(111L, 222L), call("List.map3", fn3((a, b, c) -> (Long) a + (Long) b + (Long) c),
                list(1L, 2L), list(10L, 20L), list(100L, 200L)));
        same(list("0a", "1b"), call("List.mapi2", fn3((i, a, b) -> i + "" + b), list(1L, 2L), list("a", "b")));
        same(true, call("List.exists2", fn2((a, b) -> a.equals(b)), list(1L, 2L), list(3L, 2L)));
        same(false, call("List.forall2", fn2((a, b) -> a.equals(b)), list(1L, 2L), list(3L, 2L)));
        assertEquals("The lists had different lengths. (Parameter 'list2')",
                failure("List.exists2", fn2((a, b) -> false), list(1L), list(1L, 2L)));
        assertEquals("The lists had different lengths.\nlist2 is 1 element shorter than list1 (Parameter 'list2')",
                failure("List.forall2", fn2((a, b) -> true), list(1L, 2L), list(1L)));
    }

    @Test
    void comparesPermutesAndUnfolds() {
        Native compare = fn2((a, b) -> (long) Long.compare((Long) a, (Long) b));
        same(-1L, call("List.compareWith", compare, list(1L, 2L), list(1L, 3L)));
        same(1L, call("List.compareWith", compare, list(1L, 2L), list(1L)));
        same(0L, call("List.compareWith", compare, list(), list()));
        same(list("c", "a", "b"), call("List.permute", fn(i -> ((Long) i + 1) % 3), list("a", "b", "c")));
        assertEquals("System.ArgumentException: The function did not compute a permutation. (Parameter 'indexMap')",
                raised("List.permute", fn(i -> 0L), list("a", "b")));
        same(list(1L, 2L, 4L), call("List.unfold", fn(s -> (Long) s > 4 ? UnionValue.NONE : some(tuple(s, (Long) s * 2))), 1L));
        same(list("ccc", "bb", "a"), call("List.sortByDescending", fn(s -> (long) ((String) s).length()), list("bb", "a", "ccc")));
        same(list(tuple(0L, "a")), call("List.indexed", list("a")));
    }

    @Test
    void insertsRemovesAndUpdates() {
        same(list(1L, 9L, 2L), call("List.insertAt", 1L, 9L, list(1L, 2L)));
        same(list(1L, 2L, 9L), call("List.insertAt", 2L, 9L, list(1L, 2L)));
        same(list(1L, 8L, 9L, 2L), call("List.insertManyAt", 1L, list(8L, 9L), list(1L, 2L)));
        same(list(2L), call("List.removeAt", 0L, list(1L, 2L)));
        same(list(1L), call("List.removeManyAt", 1L, 2L, list(1L, 2L, 3L)));
        same(list(1L, 9L), call("List.updateAt", 1L, 9L, list(1L, 2L)));
        String outside = "System.ArgumentException: index must be within bounds of the list (Parameter 'index')";
        assertEquals(outside, raised("List.insertAt", 3L, 9L, list(1L, 2L)));
        assertEquals(outside, raised("List.removeAt", 2L, list(1L, 2L)));
        assertEquals(outside, raised("List.updateAt", -1L, 0L, list(1L, 2L)));
        assertEquals(outside, raised("List.removeManyAt", 1L, 3L, list(1L, 2L)));
    }

    @Test
    void convertsToAndFromSequences() {
        same(list(1L, 2L), call("List.ofSeq", call("Seq.map", fn(x -> x), list(1L, 2L))));
        same(list('h', 'i'), call("List.ofSeq", "hi"));
        same(list(1L, 2L), items(call("List.toSeq", list(1L, 2L))));
        same(list(tuple("b", 2L)), call("List.countBy", fn(x -> x), list("b", "b")));
    }
}
