package org.fusabi.vm.embed;

import java.io.PrintStream;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Limits;
import org.fusabi.vm.image.Export;

/**
 * One run of a {@link Script}: its globals, its stacks and its limits. Run the top level first ({@link #run});
 * then read top-level values and call top-level functions. A session is used by one thread at a time; after a
 * {@link org.fusabi.vm.ScriptError} (a limit included) it stays usable.
 */
public final class Session {
    private final Script script;
    private final Interpreter vm;
    private final JavaValues values;
    private boolean ran;

    Session(Script script, PrintStream out, PrintStream err) {
        this.script = script;
        this.vm = new Interpreter(script.image(), out, err);
        this.values = new JavaValues(script.image());
    }

    /** Limits for the top level and for each later call from the host, each measured on its own. */
    public Session limits(Limits limits) {
        vm.limits(limits);
        return this;
    }

    /** Runs the script's top level, which sets its top-level bindings. */
    public Session run() {
        vm.run();
        ran = true;
        return this;
    }

    /** The value of a top-level binding, as Java sees it ({@link JavaValues#toJava}). */
    public Object get(String name) {
        return JavaValues.toJava(raw(script.export(name)));
    }

    /** The value of a top-level binding as the script holds it (a {@link org.fusabi.vm.value.FList}...), e.g. to print it as {@code %A} does. */
    public Object fusabiValue(String name) {
        return raw(script.export(name));
    }

    /** A top-level function, to call with Java values. */
    public ScriptFunction function(String name) {
        Export e = script.export(name);
        FusabiType type = FusabiType.parse(e.type());
        if (type.parameters().isEmpty()) throw new IllegalArgumentException("'" + name + "' is not a function: its type is " + e.type());
        return new ScriptFunction(name, type, raw(e), vm, values);
    }

    /** Calls the top-level function {@code name}: {@code function(name).call(args)}. */
    public Object call(String name, Object... args) {
        return function(name).call(args);
    }

    private Object raw(Export e) {
        if (!ran) throw new IllegalStateException("run() the script before reading '" + e.name() + "': its top level sets it");
        return vm.global(e.slot(), e.kind());
    }
}
