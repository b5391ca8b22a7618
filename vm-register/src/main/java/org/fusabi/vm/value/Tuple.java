package org.fusabi.vm.value;

/** A tuple of two or more boxed values. */
public final class Tuple {
    public final Object[] items;

    public Tuple(Object... items) {
        this.items = items;
    }
}
