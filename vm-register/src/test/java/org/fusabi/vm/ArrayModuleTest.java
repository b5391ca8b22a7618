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
        assertEquals("Array.create: the count must be non-negative (got -1)", failure("Array.create", -1L, "x"));
        assertEquals("Array.zeroCreate: the count must be non-negative (got -3)", failure("Array.zeroCreate", -3L));
    }

    @Test
    void getsAndSetsInPlace() {
        Object[] a = arr(1L, 2L);
        same(2L, call("Array.get", a, 1L));
        assertSame(Unit.VALUE, call("Array.set", a, 0L, 9L));
        same(arr(9L, 2L), a);
        same(2L, call("Array.length", (Object) a));
        same(2L, call("Array.item", 1L, a));
        assertEquals("Array.get: index 5 is out of range (array length 2)", failure("Array.get", a, 5L));
        assertEquals("Array.set: index -1 is out of range (array length 2)", failure("Array.set", a, -1L, 0L));
        assertEquals("Array.item: index 2 is out of range (array length 2)", failure("Array.item", 2L, a));
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
        assertEquals("Array.max: the input array is empty", failure("Array.max", (Object) arr()));
        assertEquals("Array.last: the input array is empty", failure("Array.last", (Object) arr()));
        assertEquals("Array.find: no element satisfies the predicate", failure("Array.find", EVEN, arr(1L)));
        assertEquals("Array.zip: the arrays have different lengths (1 and 0)", failure("Array.zip", arr(1L), arr()));
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
        assertEquals("Array.sub: start 4 and count 2 are out of range (array length 5)", failure("Array.sub", a, 4L, 2L));
        assertEquals("Array.sub: start -1 and count 1 are out of range (array length 5)", failure("Array.sub", a, -1L, 1L));
        Object[] dst = arr(9L, 9L, 9L);
        call("Array.blit", a, 3L, dst, 1L, 2L);
        same(arr(9L, 3L, 4L), dst);
        assertEquals("Array.blit: start 2 and count 2 are out of range (array length 3)",
                failure("Array.blit", a, 0L, dst, 2L, 2L));
        call("Array.fill", a, 1L, 3L, 7L);
        same(arr(0L, 7L, 7L, 7L, 4L), a);
        assertEquals("Array.fill: start 0 and count -1 are out of range (array length 5)", failure("Array.fill", a, 0L, -1L, 7L));
        same(arr(0L, 7L), call("Array.take", 2L, a));
        same(arr(7L, 4L), call("Array.skip", 3L, a));
        same(arr(7L, 7L, 7L, 4L), call("Array.tail", (Object) a));
    }

    @Test
    void convertsToAndFromLists() {
        Object result = call("Array.ofList", list(1L, 2L));
        assertInstanceOf(Object[].class, result);
        assertArrayEquals(arr(1L, 2L), (Object[]) result);
        same(list(1L, 2L), call("Array.toList", (Object) arr(1L, 2L)));
    }
}
