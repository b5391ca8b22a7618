package org.fusabi.vm.value;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * F#'s {@code seq<'T>} when it is computed on demand (Seq.map, Seq.initInfinite, {@code seq { }}...): each
 * enumeration runs the computation again from the start, as an F# IEnumerable does. Equality is identity, as
 * for .NET sequences.
 */
public abstract class FSeq implements Enumerable, Iterable<Object> {

    /** The sequence whose enumerations {@code start} makes. */
    public static FSeq of(Supplier<Enumerator> start) {
        return new FSeq() {
            @Override
            public Enumerator enumerator() {
                return start.get();
            }
        };
    }

    /** Java iteration, for code that reads every element; an early exit should use {@link #enumerator}. */
    @Override
    public Iterator<Object> iterator() {
        return Enumerators.iterator(enumerator());
    }
}
