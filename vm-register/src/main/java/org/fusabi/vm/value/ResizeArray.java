package org.fusabi.vm.value;

import java.util.ArrayList;

/** .NET's {@code List<'T>}, F#'s {@code ResizeArray}: a growable array of boxed elements. */
public final class ResizeArray extends Versioned {
    private final ArrayList<Object> items;

    public ResizeArray(int capacity) {
        items = new ArrayList<>(capacity);
    }

    /** The elements, for reading and writing in place; a change must be followed by {@link #changed}. */
    public ArrayList<Object> items() {
        return items;
    }

    /** Records a change, which ends the enumerations in progress. */
    public void changed() {
        version++;
    }

    @Override
    protected int slotCount() {
        return items.size();
    }

    @Override
    public Enumerator enumerator() {
        return slots(items::get);
    }

    /** .NET's ToString: the type's name. */
    @Override
    public String toString() {
        return "System.Collections.Generic.List`1[" + Show.typeName(items.isEmpty() ? null : items.get(0)) + "]";
    }
}
