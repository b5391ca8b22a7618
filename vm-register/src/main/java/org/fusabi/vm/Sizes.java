package org.fusabi.vm;

import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FMap;
import org.fusabi.vm.value.FSet;

/**
 * What a value handed to or returned by a native is worth in instructions, in constant time: about what a native
 * spends going over it. Under limits the interpreter charges these (see {@link Interpreter#callNative}).
 */
final class Sizes {
    private Sizes() {}

    static long of(Object v) {
        return switch (v) {
            case FList l -> l.length();
            case Object a when ArrayValues.isArray(a) -> ArrayValues.length(a);
            case String s -> ofText(s.length());
            case FMap m -> m.size();
            case FSet s -> s.size();
            case null, default -> 0;
        };
    }

    /** Copying characters takes a fraction of an instruction's time each. */
    static long ofText(long chars) {
        return chars >> 4;
    }
}
