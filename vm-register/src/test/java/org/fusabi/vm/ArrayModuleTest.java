package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

class ArrayModuleTest {
    private static final Native INC = fn(x -> (Long) x + 1);
    private static final Native EVEN = fn(x -> (Long) x % 2 == 0);

    private static Object[] arr(Object... items) {
        return items;
    }

    @Test
    void createsArrays() {
        same(arr("x", "x"), call("Array.create", 2L, "x"));
        same(arr(0L, 1L, 4L), call("Array.init", 3L, fn(i -> (Long) i * (Long) i)));
        same(arr(0L, 0L), call("Array.zeroCreate", 2L));
        same(arr(0.0), call("Array.zeroCreate@float", 1L));
        same(arr(), call("Array.create", 0L, "x"));
        assertEquals("System.ArgumentException: The input must be non-negative.\ncount = -1 (Parameter 'count')",
                raised("Array.create", -1L, "x"));
        assertEquals("The input must be non-negative.\ncount = -3 (Parameter 'count')", failure("Array.zeroCreate", -3L));
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("Array.init", -1L, INC));
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("Array.replicate", -1L, "x"));
        same(arr("x", "x"), call("Array.replicate", 2L, "x"));
        same(arr(1L, 2L, 4L), call("Array.unfold", fn(s -> (Long) s > 4 ? UnionValue.NONE : some(tuple(s, (Long) s * 2))), 1L));
    }

    @Test
    void getsAndSetsInPlace() {
        Object[] a = arr(1L, 2L);
        same(2L, call("Array.get", a, 1L));
        assertSame(Unit.VALUE, call("Array.set", a, 0L, 9L));
        same(arr(9L, 2L), a);
        same(2L, call("Array.length", (Object) a));
        same(2L, call("Array.item", 1L, a));
        String outside = "System.IndexOutOfRangeException: Index was outside the bounds of the array.";
        assertEquals(outside, raised("Array.get", a, 5L));
        assertEquals(outside, raised("Array.set", a, -1L, 0L));
        assertEquals(outside, raised("Array.item", 2L, a));
        same(some(2L), call("Array.tryItem", 1L, a));
        same(UnionValue.NONE, call("Array.tryItem", 2L, a));
    }

    @Test
    void returnsFreshArrays() {
        Object[] a = arr(3L, 1L, 2L);
        Object[] mapped = (Object[]) call("Array.map", INC, a);
        same(arr(4L, 2L, 3L), mapped);
        Object[] copy = (Object[]) call("Array.copy", (Object) a);
        assertNotSame(a, copy);
        same(a, copy);
        same(arr(1L, 2L, 3L), call("Array.sort", (Object) a));
        same(arr(2L, 1L, 3L), call("Array.rev", (Object) a));
        same(arr(3L, 1L, 2L), a);
        same(arr(3L, 1L, 2L, 4L), call("Array.append", a, arr(4L)));
        same(arr(1L, 2L, 3L), call("Array.concat", list(arr(1L), arr(), arr(2L, 3L))));
    }

    @Test
    void sharesTheCollectionFunctions() {
        Object[] a = arr(1L, 2L, 3L, 4L);
        same(arr(2L, 4L), call("Array.filter", EVEN, a));
        same(arr(20L), call("Array.choose", fn(x -> x.equals(2L) ? some(20L) : UnionValue.NONE), a));
        same(arr("0a", "1b"), call("Array.mapi", fn2((i, x) -> i + (String) x), arr("a", "b")));
        same(10L, call("Array.fold", fn2((s, x) -> (Long) s + (Long) x), 0L, a));
        same("123s", call("Array.foldBack", fn2((x, s) -> x + "" + s), arr(1L, 2L, 3L), "s"));
        same(10L, call("Array.sum", (Object) a));
        same(0.0, call("Array.sum@float", (Object) arr()));
        same(20L, call("Array.sumBy", fn(x -> (Long) x * 2), a));
        same(4L, call("Array.max", (Object) a));
        same(1L, call("Array.min", (Object) a));
        same(3L, call("Array.maxBy", fn(x -> -Math.abs((Long) x - 3)), a));
        same(4L, call("Array.minBy", fn(x -> -(Long) x), a));
        same(true, call("Array.exists", EVEN, a));
        same(false, call("Array.forall", EVEN, a));
        same(2L, call("Array.find", EVEN, a));
        same(UnionValue.NONE, call("Array.tryFind", fn(x -> false), a));
        same(true, call("Array.contains", 3L, a));
        same(true, call("Array.isEmpty", (Object) arr()));
        same(4L, call("Array.last", (Object) a));
        same(arr(tuple(0L, "a")), call("Array.indexed", (Object) arr("a")));
        same(tuple(arr(2L, 4L), arr(1L, 3L)), call("Array.partition", EVEN, a));
        same(arr(tuple(1L, arr(1L, 3L)), tuple(0L, arr(2L, 4L))), call("Array.groupBy", fn(x -> (Long) x % 2), a));
        String empty = "System.ArgumentException: The input array was empty. (Parameter 'array')";
        assertEquals(empty, raised("Array.max", (Object) arr()));
        assertEquals(empty, raised("Array.last", (Object) arr()));
        assertEquals(empty, raised("Array.head", (Object) arr()));
        assertEquals(empty, raised("Array.reduce", fn2((x, y) -> x), arr()));
        assertEquals(empty, raised("Array.average", (Object) arr()));
        assertEquals("The input sequence was empty. (Parameter 'array')", failure("Array.exactlyOne", (Object) arr()));
        assertEquals("The input sequence contains more than one element. (Parameter 'array')", failure("Array.exactlyOne", (Object) a));
        assertEquals("The input sequence has an insufficient number of elements. (Parameter 'array')", failure("Array.tail", (Object) arr()));
        assertEquals("An index satisfying the predicate was not found in the collection.", failure("Array.find", EVEN, arr(1L)));
        assertEquals("System.ArgumentException: The arrays have different lengths.\narray1.Length = 1, array2.Length = 0 (Parameter 'array1')",
                raised("Array.zip", arr(1L), arr()));
        assertEquals("The arrays have different lengths.\n array1.Length = 1, array2.Length = 1, array3.Length = 2 (Parameter 'array1, array2, array3')",
                failure("Array.zip3", arr(1L), arr(1L), arr(1L, 2L)));
        same(arr(arr(1L, 2L), arr(2L, 3L)), call("Array.windowed", 2L, arr(1L, 2L, 3L)));
        same(arr(arr(1L, 2L), arr(3L)), call("Array.chunkBySize", 2L, arr(1L, 2L, 3L)));
        same(arr(arr(1L, 3L), arr(2L, 4L)), call("Array.transpose", list(arr(1L, 2L), arr(3L, 4L))));
        assertEquals("The arrays have different lengths.\narray.[0].Length = 2, array.[1].Length = 1 (Parameter 'array.[0]')",
                failure("Array.transpose", list(arr(1L, 2L), arr(3L))));
    }

    @Test
    void sortsInPlaceStably() {
        Object[] a = arr(3L, 1L, 2L);
        assertSame(Unit.VALUE, call("Array.sortInPlace", (Object) a));
        same(arr(1L, 2L, 3L), a);
        Object[] pairs = arr(tuple(2L, "a"), tuple(1L, "b"), tuple(2L, "c"));
        call("Array.sortInPlaceBy", fn(p -> ((Tuple) p).items[0]), pairs);
        same(arr(tuple(1L, "b"), tuple(2L, "a"), tuple(2L, "c")), pairs);
        same(arr(tuple(1L, "b"), tuple(2L, "a"), tuple(2L, "c")),
                call("Array.sortBy", fn(p -> ((Tuple) p).items[0]), arr(tuple(2L, "a"), tuple(1L, "b"), tuple(2L, "c"))));
    }

    @Test
    void slicesBlitsAndFills() {
        Object[] a = arr(0L, 1L, 2L, 3L, 4L);
        same(arr(1L, 2L), call("Array.sub", a, 1L, 2L));
        same(arr(), call("Array.sub", a, 5L, 0L));
        assertEquals("The index is outside the legal range.\ncount = 2, array.Length = 5 (Parameter 'count')", failure("Array.sub", a, 4L, 2L));
        assertEquals("The input must be non-negative.\nstartIndex = -1 (Parameter 'startIndex')", failure("Array.sub", a, -1L, 1L));
        Object[] dst = arr(9L, 9L, 9L);
        call("Array.blit", a, 3L, dst, 1L, 2L);
        same(arr(9L, 3L, 4L), dst);
        assertEquals("System.ArgumentException: Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')",
                raised("Array.blit", a, 0L, dst, 2L, 2L));
        assertEquals("System.ArgumentException: Source array was not long enough. Check the source index, length, and the array's lower bounds. (Parameter 'sourceArray')",
                raised("Array.blit", a, 4L, dst, 0L, 2L));
        assertEquals("System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'length')",
                raised("Array.blit", a, 0L, dst, 0L, -1L));
        call("Array.fill", a, 1L, 3L, 7L);
        same(arr(0L, 7L, 7L, 7L, 4L), a);
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("Array.fill", a, 0L, -1L, 7L));
        assertEquals("System.IndexOutOfRangeException: Index was outside the bounds of the array.", raised("Array.fill", arr(1L), 0L, 2L, 7L));
        same(arr(0L, 7L), call("Array.take", 2L, a));
        assertEquals("System.InvalidOperationException: The input sequence has an insufficient number of elements.",
                raised("Array.take", 6L, a));
        same(arr(7L, 4L), call("Array.skip", 3L, a));
        same(a, call("Array.skip", -1L, a));
        assertEquals("The index is outside the legal range.\ncount = 6, array.Length = 5 (Parameter 'count')", failure("Array.skip", 6L, a));
        same(tuple(arr(0L), arr(7L, 7L, 7L, 4L)), call("Array.splitAt", 1L, a));
        assertEquals("System.InvalidOperationException: The input sequence has an insufficient number of elements.",
                raised("Array.splitAt", 6L, a));
        same(arr(1L, 9L), call("Array.insertAt", 1L, 9L, arr(1L)));
        assertEquals("index must be within bounds of the array (Parameter 'index')", failure("Array.removeAt", 1L, arr(1L)));
        same(arr(7L, 7L, 7L, 4L), call("Array.tail", (Object) a));
    }

    @Test
    void sortsInPlaceWithAComparer() {
        Object[] a = arr(1L, 3L, 2L);
        call("Array.sortInPlaceWith", fn2((x, y) -> (long) Long.compare((Long) y, (Long) x)), a);
        same(arr(3L, 2L, 1L), a);
    }

    @Test
    void convertsToAndFromLists() {
        same(arr(1L, 2L), call("Array.ofSeq", list(1L, 2L)));
        same(list(1L, 2L), items(call("Array.toSeq", (Object) arr(1L, 2L))));
        Object result = call("Array.ofList", list(1L, 2L));
        assertInstanceOf(Object[].class, result);
        assertArrayEquals(arr(1L, 2L), (Object[]) result);
        same(list(1L, 2L), call("Array.toList", (Object) arr(1L, 2L)));
    }
}
