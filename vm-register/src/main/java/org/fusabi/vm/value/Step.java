package org.fusabi.vm.value;

/** An enumerator that computes one element per {@link #moveNext} into {@link #current}. */
public abstract class Step implements Enumerator {
    protected Object current;

    @Override
    public final Object current() {
        return current;
    }

    /** Makes {@code x} the current element and says there is one. */
    protected final boolean emit(Object x) {
        current = x;
        return true;
    }
}
