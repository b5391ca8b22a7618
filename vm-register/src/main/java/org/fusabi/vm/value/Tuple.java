package org.fusabi.vm.value;

/** A tuple of two or more boxed values. {@link KeyValuePair} is one too, so tuple patterns read its two items. */
public class Tuple {
    public final Object[] items;

    public Tuple(Object... items) {
        this.items = items;
    }
}
