package org.fusabi.vm.value;

/**
 * .NET's {@code Dictionary<'K, 'V>}, and the read-only IDictionary F#'s {@code dict} makes: keys by F#'s structural
 * equality, enumerated as KeyValuePairs in .NET's order (see {@link EntryTable}).
 */
public final class NetDictionary extends Versioned {
    private final EntryTable table = new EntryTable(true);
    private final boolean readOnly;

    public NetDictionary(boolean readOnly) {
        this.readOnly = readOnly;
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
        return slots(slot -> table.used(slot) ? new KeyValuePair(table.key(slot), table.value(slot)) : null);
    }

    /** The keys (column 0) or values (column 1) in enumeration order: the Keys and Values collections. */
    public Enumerator column(int column) {
        return slots(slot -> !table.used(slot) ? null : column == 0 ? table.key(slot) : table.value(slot));
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
                : "System.Collections.Generic.Dictionary`2" + args;
    }
}
