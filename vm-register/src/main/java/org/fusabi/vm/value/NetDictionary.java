package org.fusabi.vm.value;

/**
 * .NET's {@code Dictionary<'K, 'V>}, the read-only IDictionary F#'s {@code dict} makes, and
 * {@code SortedDictionary<'K, 'V>}: keys by F#'s structural equality, enumerated as KeyValuePairs in .NET's order
 * (see {@link EntryTable}), or for a sorted one in the keys' order (.NET's default comparer's).
 */
public final class NetDictionary extends Versioned {
    private final EntryTable table = new EntryTable(true);
    private final boolean readOnly;
    private final boolean sorted;

    public NetDictionary(boolean readOnly) {
        this(readOnly, false);
    }

    public NetDictionary(boolean readOnly, boolean sorted) {
        this.readOnly = readOnly;
        this.sorted = sorted;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public int size() {
        return table.size();
    }

    /** The value of key, or null when there is none (script values are never null). */
    public Object get(Object key) {
        int slot = table.find(key);
        return slot < 0 ? null : table.value(slot);
    }

    /** Sets key's value, adding the key if it is new; a new key changes the version, as in .NET. */
    public void put(Object key, Object value) {
        if (table.put(key, value)) version++;
    }

    /** .NET Core's Remove does not end enumerations in progress. */
    public boolean remove(Object key) {
        return table.remove(key);
    }

    public void clear() {
        table.clear();
        version++;
    }

    @Override
    protected int slotCount() {
        return table.slots();
    }

    @Override
    public Enumerator enumerator() {
        int[] order = order();
        return slots(k -> slot(order, k) < 0 ? null : new KeyValuePair(table.key(slot(order, k)), table.value(slot(order, k))));
    }

    /** The keys (column 0) or values (column 1) in enumeration order: the Keys and Values collections. */
    public Enumerator column(int column) {
        int[] order = order();
        return slots(k -> slot(order, k) < 0 ? null : column == 0 ? table.key(slot(order, k)) : table.value(slot(order, k)));
    }

    /** For a sorted dictionary, its used slots by key as enumeration starts (a change ends the enumeration); else null. */
    private int[] order() {
        if (!sorted) return null;
        return java.util.stream.IntStream.range(0, table.slots()).filter(table::used).boxed()
                .sorted((a, b) -> Values.compareByDefaultComparer(table.key(a), table.key(b))).mapToInt(Integer::intValue).toArray();
    }

    /** The slot the k-th step of an enumeration reads, or -1 for none. */
    private int slot(int[] order, int k) {
        if (order == null) return table.used(k) ? k : -1;
        return k < order.length ? order[k] : -1;
    }

    /** .NET's ToString: the type's name. */
    @Override
    public String toString() {
        Object key = null;
        Object value = null;
        for (int slot = 0; slot < table.slots(); slot++) {
            if (table.used(slot)) {
                key = table.key(slot);
                value = table.value(slot);
                break;
            }
        }
        String args = "[" + Show.typeName(key) + "," + Show.typeName(value) + "]";
        return readOnly ? "Microsoft.FSharp.Core.ExtraTopLevelOperators+DictImpl`3[Microsoft.FSharp.Core.CompilerServices.RuntimeHelpers+StructBox`1"
                + "[" + Show.typeName(key) + "]," + Show.typeName(key) + "," + Show.typeName(value) + "]"
                : "System.Collections.Generic." + (sorted ? "SortedDictionary`2" : "Dictionary`2") + args;
    }
}
