package org.fusabi.vm.value;

/** .NET's {@code HashSet<'T>}: elements by F#'s structural equality, enumerated in .NET's order (see {@link EntryTable}). */
public final class NetHashSet extends Versioned {
    private final EntryTable table = new EntryTable(false);

    public int size() {
        return table.size();
    }

    public boolean contains(Object x) {
        return table.find(x) >= 0;
    }

    /** Adds x; false if it was there already. */
    public boolean add(Object x) {
        if (!table.put(x, null)) return false;
        version++;
        return true;
    }

    public boolean remove(Object x) {
        if (!table.remove(x)) return false;
        version++;
        return true;
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
        return slots(slot -> table.used(slot) ? table.key(slot) : null);
    }

    @Override
    public String toString() {
        Object first = null;
        for (int slot = 0; slot < table.slots() && first == null; slot++) if (table.used(slot)) first = table.key(slot);
        return "System.Collections.Generic.HashSet`1[" + Show.typeName(first) + "]";
    }
}
