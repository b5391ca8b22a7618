package org.fusabi.vm.value;

/** A value F# can enumerate as a {@code seq<'T>} (IEnumerable): lists, sets, maps, lazy sequences, .NET collections. */
public interface Enumerable {
    /** A fresh enumeration from the first element. */
    Enumerator enumerator();
}
