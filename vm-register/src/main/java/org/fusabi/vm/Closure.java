package org.fusabi.vm;

import org.fusabi.vm.image.Proto;

/** A script function value: a prototype and the values it captured (primitives and references in parallel slots). */
public final class Closure {
    public final Proto proto;
    final long[] pcaps;
    final Object[] rcaps;

    Closure(Proto proto) {
        this.proto = proto;
        int n = proto.captures.length;
        this.pcaps = n == 0 ? NO_PRIMS : new long[n];
        this.rcaps = n == 0 ? NO_REFS : new Object[n];
    }

    private static final long[] NO_PRIMS = new long[0];
    private static final Object[] NO_REFS = new Object[0];

    @Override
    public String toString() {
        return "<fun:" + proto.name + ">";
    }
}
