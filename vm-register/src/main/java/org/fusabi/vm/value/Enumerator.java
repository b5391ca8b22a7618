package org.fusabi.vm.value;

/**
 * F#'s {@code IEnumerator<'T>}: {@link #moveNext} then {@link #current}, and {@link #close} (Dispose) when an
 * enumeration stops early, so a sequence's {@code finally} and {@code use} run as in F#.
 */
public interface Enumerator extends AutoCloseable {
    boolean moveNext();

    Object current();

    @Override
    default void close() {}
}
