package org.fusabi.vm.value;

import org.fusabi.vm.NetErrors;

/**
 * A mutable .NET collection's version, which its changes advance: an enumeration that sees it change raises
 * .NET's InvalidOperationException, as a List, Dictionary, HashSet, Queue or Stack enumerator does.
 */
public abstract class Versioned implements Enumerable {
    protected int version;

    /** Enumerates the slots from 0 to {@code count()}, as {@code element} reads them, stopping if the version moves. */
    protected final Enumerator slots(SlotReader element) {
        int start = version;
        return new Step() {
            private int next;

            @Override
            public boolean moveNext() {
                if (version != start) {
                    throw NetErrors.invalidOperation("Collection was modified; enumeration operation may not execute.");
                }
                while (next < slotCount()) {
                    Object x = element.read(next++);
                    if (x != null) return emit(x);
                }
                return false;
            }
        };
    }

    /** How many slots enumeration visits. */
    protected abstract int slotCount();

    /** The element in a slot, or null for an empty slot. */
    @FunctionalInterface
    protected interface SlotReader {
        Object read(int slot);
    }
}
