package org.fusabi.vm.embed;

import java.util.List;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;

/**
 * A host function a script may call, written with Java values ({@link JavaValues} converts both ways). Its
 * declared Fusabi type is what the type checker holds the script to, so a script that calls it wrongly does not
 * compile. An exception thrown here reaches the script as {@code Failure message}, which it may catch.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(Object... args) throws Exception;

    /**
     * Adds {@code fn} to the library under {@code name} ({@code "greet"} or {@code "Host.greet"}, which scripts
     * call as {@code Host.greet}) with the type {@code signature}, e.g. {@code "string -> int -> string"}.
     */
    static void define(Library library, String name, String signature, HostFunction fn) {
        FusabiType type = FusabiType.parse(signature);
        List<FusabiType> params = type.parameters();
        if (params.isEmpty()) throw new IllegalArgumentException(name + ": a host function needs a function type, got " + signature);
        FusabiType result = type.result();
        library.define(name, signature, (Native.Body) (vm, args) -> {
            Object[] javaArgs = new Object[args.length];
            for (int i = 0; i < args.length; i++) javaArgs[i] = JavaValues.toJava(args[i]);
            Object value;
            try {
                value = fn.call(javaArgs);
            } catch (ScriptError e) {
                throw e;
            } catch (Exception e) {
                String msg = name + ": " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage());
                throw new ScriptError(msg, new UnionValue(UnionType.FAILURE, 0, new Object[] {msg}));
            }
            try {
                return new JavaValues(vm.image()).toFusabi(value, result);
            } catch (IllegalArgumentException e) {
                throw new ScriptError("host function " + name + " returned a bad value: " + e.getMessage());
            }
        });
    }
}
