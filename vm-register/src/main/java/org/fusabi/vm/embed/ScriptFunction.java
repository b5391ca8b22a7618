package org.fusabi.vm.embed;

import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.value.Unit;

/**
 * A script function bound to the session it came from. Arguments are converted to the parameter types, so an
 * {@code Integer} may be passed for an {@code int}; a function of {@code unit} is called with no arguments.
 */
public final class ScriptFunction {
    private final String name;
    private final FusabiType type;
    private final List<FusabiType> params;
    private final Object fn;
    private final Interpreter vm;
    private final JavaValues values;

    ScriptFunction(String name, FusabiType type, Object fn, Interpreter vm, JavaValues values) {
        this.name = name;
        this.type = type;
        this.params = type.parameters();
        this.fn = fn;
        this.vm = vm;
        this.values = values;
    }

    public String name() {
        return name;
    }

    public FusabiType type() {
        return type;
    }

    /** Calls with one Java value per parameter and returns the result as Java sees it. */
    public Object call(Object... args) {
        return JavaValues.toJava(vm.apply(fn, fusabiArgs(args)));
    }

    private Object[] fusabiArgs(Object[] args) {
        if (args.length == 0 && params.size() == 1 && params.get(0).equals(UNIT)) return new Object[] {Unit.VALUE};
        if (args.length != params.size()) {
            throw new IllegalArgumentException(name + " : " + type + " takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + ", got " + args.length);
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            try {
                out[i] = values.toFusabi(args[i], params.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": argument " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static final FusabiType UNIT = new FusabiType.Named("unit", List.of());
}
