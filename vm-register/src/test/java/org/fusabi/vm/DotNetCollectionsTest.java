package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.value.KeyValuePair;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** ResizeArray, Dictionary, dict, HashSet, Queue, Stack and KeyValuePair behave, fail and print as .NET's. */
class DotNetCollectionsTest {
    private static final Unit U = Unit.VALUE;

    @Test
    void resizeArrayGrowsIndexesAndSorts() {
        Object ra = call("ResizeArray.new", U);
        for (long x : new long[] {5, 3, 8, 1}) call("ResizeArray#Add", ra, x);
        same(4L, call("ResizeArray#Count", ra));
        same(5L, call("ResizeArray#get_Item", ra, 0L));
        same(true, call("ResizeArray#Remove", ra, 8L));
        same(false, call("ResizeArray#Remove", ra, 8L));
        call("ResizeArray#Sort", ra, U);
        same(list(1L, 3L, 5L), items(ra));
        call("ResizeArray#set_Item", ra, 0L, 100L);
        call("ResizeArray#Insert", ra, 1L, 7L);
        same(list(100L, 7L, 3L, 5L), items(ra));
        same(true, call("ResizeArray#Contains", ra, 3L));
        same(2L, call("ResizeArray#IndexOf", ra, 3L));
        same(new Object[] {100L, 7L, 3L, 5L}, call("ResizeArray#ToArray", ra, U));
        call("ResizeArray#Sort~comparison", ra, fn2((a, b) -> (long) Long.compare((Long) b, (Long) a)));
        same(list(100L, 7L, 5L, 3L), items(ra));
        same(2L, call("ResizeArray#RemoveAll", ra, fn(x -> (Long) x < 6)));
        call("ResizeArray#AddRange", ra, list(1L, 2L));
        same(list(100L, 7L, 1L, 2L), items(ra));
        same(list(7L, 1L), items(call("ResizeArray#GetRange", ra, 1L, 2L)));
        call("ResizeArray#Reverse", ra, U);
        same(list(2L, 1L, 7L, 100L), items(ra));
        same(list("x", "y"), items(call("ResizeArray.new~items", list("x", "y"))));
        assertEquals("System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
                raised("ResizeArray#get_Item", ra, 4L));
        assertEquals("Index must be within the bounds of the List. (Parameter 'index')", failure("ResizeArray#Insert", ra, 5L, 0L));
        call("ResizeArray#Clear", ra, U);
        same(0L, call("ResizeArray#Count", ra));
    }

    @Test
    void changingACollectionEndsItsEnumerations() {
        Object ra = call("ResizeArray.new~items", list(1L, 2L));
        assertEquals("System.InvalidOperationException: Collection was modified; enumeration operation may not execute.",
                raised("ResizeArray#ForEach", ra, fn(x -> call("ResizeArray#Add", ra, 3L))));
    }

    @Test
    void dictionaryKeepsDotNetsOrderAndMessages() {
        Object d = call("Dictionary.new", U);
        call("Dictionary#set_Item", d, "ann", 31L);
        call("Dictionary#set_Item", d, "bob", 25L);
        call("Dictionary#Add", d, "cy", 40L);
        call("Dictionary#set_Item", d, "ann", 32L);
        same(3L, call("Dictionary#Count", d));
        same(32L, call("Dictionary#get_Item", d, "ann"));
        same(list(new KeyValuePair("ann", 32L), new KeyValuePair("bob", 25L), new KeyValuePair("cy", 40L)), items(d));
        same(tuple(true, 40L), call("Dictionary#TryGetValue", d, "cy"));
        same(false, call("Dictionary#TryGetValue", d, "dan") instanceof org.fusabi.vm.value.Tuple t ? t.items[0] : null);
        assertEquals("System.Collections.Generic.KeyNotFoundException: The given key 'dan' was not present in the dictionary.",
                raised("Dictionary#get_Item", d, "dan"));
        assertEquals("System.ArgumentException: An item with the same key has already been added. Key: cy",
                raised("Dictionary#Add", d, "cy", 1L));
        // A removed entry's slot is taken by the next key added, as in .NET.
        same(true, call("Dictionary#Remove", d, "ann"));
        call("Dictionary#Add", d, "dan", 1L);
        same(list("dan", "bob", "cy"), items(call("Dictionary#Keys", d)));
        same(list(1L, 25L, 40L), items(call("Dictionary#Values", d)));
        same(true, call("Dictionary#ContainsValue", d, 25L));
        same(false, call("Dictionary#TryAdd", d, "dan", 9L));
        assertEquals("seq [[dan, 1]; [bob, 25]; [cy, 40]]", Show.any(d));
        assertEquals("System.Collections.Generic.Dictionary`2[System.String,System.Int32]", Show.string(d));
    }

    @Test
    void dictionaryKeysAreStructural() {
        Object d = call("Dictionary.new", U);
        call("Dictionary#set_Item", d, tuple(1L, "a"), "first");
        call("Dictionary#set_Item", d, tuple(1L, "a"), "second");
        same(1L, call("Dictionary#Count", d));
        same("second", call("Dictionary#get_Item", d, tuple(1L, "a")));
        same(true, call("Dictionary#ContainsKey", d, tuple(1L, "a")));
    }

    @Test
    void dictIsReadOnly() {
        Object d = call("dict", list(tuple("red", 1L), tuple("green", 2L), tuple("red", 3L)));
        same(2L, call("IDictionary#Count", d));
        same(3L, call("IDictionary#get_Item", d, "red"));
        same(false, call("IDictionary#ContainsKey", d, "blue"));
        assertEquals("System.NotSupportedException: This value cannot be mutated", raised("IDictionary#set_Item", d, "x", 1L));
        assertEquals("seq [[red, 3]; [green, 2]]", Show.any(d));
    }

    @Test
    void hashSetAddsOnceAndCombines() {
        Object s = call("HashSet.new", U);
        same(true, call("HashSet#Add", s, 3L));
        same(true, call("HashSet#Add", s, 1L));
        same(false, call("HashSet#Add", s, 3L));
        same(2L, call("HashSet#Count", s));
        call("HashSet#UnionWith", s, list(5L, 1L));
        same(list(3L, 1L, 5L), items(s));
        call("HashSet#IntersectWith", s, list(5L, 3L, 9L));
        same(list(3L, 5L), items(s));
        call("HashSet#ExceptWith", s, list(3L));
        same(list(5L), items(s));
        call("HashSet#SymmetricExceptWith", s, list(5L, 6L));
        same(list(6L), items(s));
        same(true, call("HashSet#IsSubsetOf", s, list(6L, 7L)));
        same(true, call("HashSet#IsProperSubsetOf", s, list(6L, 7L)));
        same(false, call("HashSet#IsSupersetOf", s, list(6L, 7L)));
        same(true, call("HashSet#Overlaps", s, list(6L)));
        same(true, call("HashSet#SetEquals", s, list(6L, 6L)));
        same(true, call("HashSet#Remove", s, 6L));
        same(false, call("HashSet#Contains", s, 6L));
        same(list("a", "b"), items(call("HashSet.new~items", list("a", "b", "a"))));
        assertEquals("System.Collections.Generic.HashSet`1[System.Object]", Show.string(s));
    }

    @Test
    void queuesAndStacksGiveUpInTheirOrder() {
        Object q = call("Queue.new~items", list(1L, 2L));
        call("Queue#Enqueue", q, 3L);
        same(1L, call("Queue#Dequeue", q, U));
        same(2L, call("Queue#Peek", q, U));
        same(list(2L, 3L), items(q));
        same(tuple(true, 2L), call("Queue#TryDequeue", q, U));
        same(new Object[] {3L}, call("Queue#ToArray", q, U));
        call("Queue#Clear", q, U);
        assertEquals("System.InvalidOperationException: Queue empty.", raised("Queue#Dequeue", q, U));
        Object s = call("Stack.new", U);
        call("Stack#Push", s, 1L);
        call("Stack#Push", s, 2L);
        same(list(2L, 1L), items(s));
        same(2L, call("Stack#Pop", s, U));
        same(1L, call("Stack#Peek", s, U));
        same(true, call("Stack#Contains", s, 1L));
        call("Stack#Pop", s, U);
        assertEquals("System.InvalidOperationException: Stack empty.", raised("Stack#Pop", s, U));
        same(false, call("Stack#TryPeek", s, U) instanceof org.fusabi.vm.value.Tuple t ? t.items[0] : null);
    }

    @Test
    void keyValuePairsPrintAsDotNetDoes() {
        Object kv = call("KeyValuePair.new", "a", 1L);
        same("a", call("KeyValuePair#Key", kv));
        same(1L, call("KeyValuePair#Value", kv));
        assertEquals("[a, 1]", Show.string(kv));
        assertEquals("[a, 1]", Show.any(kv));
    }
}
