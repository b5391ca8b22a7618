package org.fusabi.vm.stdlib;

import org.fusabi.vm.value.Values;

/** A script value as a Java hash key, under F#'s structural equality (distinct, groupBy, countBy). */
record StructuralKey(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof StructuralKey k && Values.equal(value, k.value);
    }

    @Override
    public int hashCode() {
        return Values.hash(value);
    }
}
