package org.fusabi.vm.value;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * .NET's {@code Lazy<'T>} as F#'s {@code lazy e} makes it: the thunk runs at the first Force, and its value (or
 * the exception it raised) is what every Force gives afterwards.
 */
public final class FLazy {
    private Object thunk;
    private Object value;
    private RuntimeException failure;
    private boolean forcing;

    private FLazy(Object thunk, Object value) {
        this.thunk = thunk;
        this.value = value;
    }

    public static FLazy of(Object thunk) {
        return new FLazy(thunk, null);
    }

    public static FLazy ofValue(Object value) {
        return new FLazy(null, value);
    }

    public boolean isValueCreated() {
        return value != null;
    }

    /**
     * The value, computing it with {@code run} (which applies the thunk) the first time. A thunk that forces its
     * own lazy value gets {@code recursive}'s error, as .NET's Lazy raises InvalidOperationException.
     */
    public Object force(Function<Object, Object> run, Supplier<RuntimeException> recursive) {
        if (value != null) return value;
        if (failure != null) throw failure;
        if (forcing) throw recursive.get();
        forcing = true;
        try {
            value = run.apply(thunk);
            thunk = null;
            return value;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            forcing = false;
        }
    }

    /** .NET's Lazy.ToString, which %A shows. */
    @Override
    public String toString() {
        return value == null ? "Value is not created." : Show.string(value);
    }
}
