package org.fusabi.vm.stdlib;

import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Step;

/** A step of a lazy sequence computed from one source, whose enumeration it owns and closes. */
abstract class Reading extends Step {
    protected final Enumerator in;

    Reading(Object source) {
        in = Items.enumerate(source);
    }

    @Override
    public void close() {
        in.close();
    }
}
