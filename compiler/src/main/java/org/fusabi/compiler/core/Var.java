package org.fusabi.compiler.core;

import org.fusabi.compiler.types.Type;

/** A variable bound in the program: a parameter, a let, a pattern variable, a loop counter, or a global. */
public final class Var {
    public final String name;
    public final Type type;
    public final boolean mutable;
    /** Global slot for top-level bindings; -1 for locals. */
    public int globalSlot = -1;
    /** The function a let-bound name is known to hold, so calls to it can be direct. */
    public Core.Lambda function;
    /** The constant of a {@code [<Literal>]} binding, which patterns may name; null for other variables. */
    public Object literal;
    /**
     * For a {@code let inline} function, its body checked afresh, so that each use has its own types, as F#'s
     * inlining gives them ({@code square 3} and {@code square 1.5}); null for other variables.
     */
    public java.util.function.Supplier<Core.Lambda> inlined;

    public Var(String name, Type type, boolean mutable) {
        this.name = name;
        this.type = type;
        this.mutable = mutable;
    }

    public boolean global() {
        return globalSlot >= 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
