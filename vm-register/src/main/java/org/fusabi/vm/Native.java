package org.fusabi.vm;

import org.fusabi.vm.image.NativeFunction;

/**
 * A function of the standard library or of the host, with its Fusabi type (checked by the compiler) and the
 * Java code that runs it. Arguments and result are boxed values.
 */
public record Native(String name, String signature, int arity, Body body) implements NativeFunction {
    @FunctionalInterface
    public interface Body {
        Object call(Interpreter vm, Object[] args);
    }

    /**
     * A body that only computes on its arguments: without the interpreter, it cannot call back into the script, so
     * translated code calls it directly, without the call out's bookkeeping for script frames below a native.
     */
    @FunctionalInterface
    public interface Leaf extends Body {
        Object apply(Object[] args);

        @Override
        default Object call(Interpreter vm, Object[] args) {
            return apply(args);
        }
    }

    public Native {
        if (arity < 1) throw new IllegalArgumentException(name + ": a native takes at least one argument");
    }

    @Override
    public String toString() {
        return "<fun:" + name + ">";
    }
}
