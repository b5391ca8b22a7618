package org.fusabi.vm.value;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The storage of .NET's Dictionary and HashSet, kept so that enumeration order is .NET's: entries sit in the
 * order they were added, a removed entry's slot is reused by the next addition (the last freed first), and
 * enumeration walks the slots in order. Keys are found by F#'s structural equality ({@link StructuralKey}).
 */
final class EntryTable {
    private final HashMap<Object, Integer> index = new HashMap<>();
    private Object[] keys = new Object[4];
    /** The values of a Dictionary; null for a HashSet. */
    private Object[] values;
    private boolean[] used = new boolean[4];
    /** Slots ever used: enumeration goes up to here. */
    private int count;
    /** Freed slots, the most recently freed on top. */
    private int[] free = new int[0];
    private int freeCount;

    EntryTable(boolean withValues) {
        if (withValues) values = new Object[4];
    }

    int size() {
        return index.size();
    }

    int slots() {
        return count;
    }

    /** The slot holding key, or -1. */
    int find(Object key) {
        Integer slot = index.get(StructuralKey.of(key));
        return slot == null ? -1 : slot;
    }

    /**
     * Sets key's value, or adds the key with it in the next slot (the last freed, else a new one), in one hash
     * lookup; whether the key was new. A HashSet's table keeps no values.
     */
    boolean put(Object key, Object value) {
        int slot = freeCount > 0 ? free[freeCount - 1] : count;
        Integer found = index.putIfAbsent(StructuralKey.of(key), slot);
        if (found != null) {
            if (values != null) values[found] = value;
            return false;
        }
        if (freeCount > 0) {
            freeCount--;
        } else {
            if (count == keys.length) grow();
            count++;
        }
        keys[slot] = key;
        if (values != null) values[slot] = value;
        used[slot] = true;
        return true;
    }

    /** Removes key; false if it was absent. */
    boolean remove(Object key) {
        Integer slot = index.remove(StructuralKey.of(key));
        if (slot == null) return false;
        used[slot] = false;
        keys[slot] = null;
        if (values != null) values[slot] = null;
        if (freeCount == free.length) free = Arrays.copyOf(free, Math.max(4, 2 * freeCount));
        free[freeCount++] = slot;
        return true;
    }

    void clear() {
        index.clear();
        Arrays.fill(keys, 0, count, null);
        if (values != null) Arrays.fill(values, 0, count, null);
        Arrays.fill(used, 0, count, false);
        count = 0;
        freeCount = 0;
    }

    boolean used(int slot) {
        return used[slot];
    }

    Object key(int slot) {
        return keys[slot];
    }

    Object value(int slot) {
        return values[slot];
    }

    void setValue(int slot, Object value) {
        values[slot] = value;
    }

    private void grow() {
        int n = 2 * keys.length;
        keys = Arrays.copyOf(keys, n);
        used = Arrays.copyOf(used, n);
        if (values != null) values = Arrays.copyOf(values, n);
    }
}
