package org.fusabi.embed.jsr223;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.ScriptContext;
import org.fusabi.embed.Fusabi;

/**
 * Script-context bindings as Fusabi top-level names. A statically typed script needs each name's type before it
 * runs, so only values whose Fusabi type follows from their Java class are passed in: numbers, strings, booleans
 * and chars, under names a script can write. Each becomes {@code let name = <bindings>.<type> "name"}, a host
 * function that reads the context when the script's top level runs. A script cannot call those functions itself
 * (no script can spell {@code <bindings>}), so it reads no other binding: not {@code "db.password"}, not
 * {@code javax.script.filename}.
 */
final class BindingValues {
    static final String MODULE = "<bindings>";

    private BindingValues() {}

    /** The readers; read answers a binding's value, or null when the script may not see it (any more). */
    static void defineReaders(Fusabi fusabi, Function<String, Object> read) {
        for (String type : new String[] {"int", "float", "bool", "char", "string"}) {
            fusabi.define(MODULE + "." + type, "string -> " + type, args -> {
                Object v = read.apply((String) args[0]);
                if (!type.equals(typeOf(v))) throw new IllegalStateException("the binding is gone, or changed type, since the script was compiled");
                return v;
            });
        }
    }

    /** Whether a script may see the binding called name. */
    static boolean visible(String name, Object value) {
        return typeOf(value) != null && isIdentifier(name);
    }

    /** Each visible binding with a name a script can write and a value of a simple type, with that type's name. */
    static Map<String, String> typesOf(ScriptContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int scope : new int[] {ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE}) {
            Bindings b = ctx.getBindings(scope);
            if (b == null) continue;
            b.forEach((name, value) -> {
                if (visible(name, value)) out.put(name, typeOf(value));
                else out.remove(name);
            });
        }
        return out;
    }

    private static boolean isIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_']*");
    }

    private static String typeOf(Object v) {
        return switch (v) {
            case Long l -> "int";
            case Integer i -> "int";
            case Short s -> "int";
            case Byte b -> "int";
            case Double d -> "float";
            case Float f -> "float";
            case Boolean b -> "bool";
            case Character c -> "char";
            case String s -> "string";
            case null, default -> null;
        };
    }
}
