package org.fusabi.embed.jsr223;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.ScriptContext;
import org.fusabi.embed.Fusabi;

/**
 * Script-context bindings as Fusabi top-level names. A statically typed script needs each name's type before it
 * runs, so only values whose Fusabi type follows from their Java class are passed in: numbers, strings, booleans,
 * chars, and objects of a class the host defined as a type (passed as they are), under names a script can write.
 * Each becomes {@code let name = <bindings>.<type> "name"}, a host function that reads the context when the
 * script's top level runs. A script cannot call those functions itself (no script can spell {@code <bindings>}), so
 * it reads no other binding: not {@code "db.password"}, not {@code javax.script.filename}.
 */
final class BindingValues {
    static final String MODULE = "<bindings>";

    private final Fusabi fusabi;
    /** A binding's value, or null when the script may not see it (any more). */
    private final Function<String, Object> read;

    BindingValues(Fusabi fusabi, Function<String, Object> read) {
        this.fusabi = fusabi;
        this.read = read;
    }

    /** Each visible binding with its type's name; the reader of each type is defined when first needed. */
    Map<String, String> typesOf(ScriptContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int scope : new int[] {ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE}) {
            Bindings b = ctx.getBindings(scope);
            if (b == null) continue;
            b.forEach((name, value) -> {
                String type = typeOf(value);
                if (type != null && isIdentifier(name)) out.put(name, type);
                else out.remove(name);
            });
        }
        out.values().forEach(this::defineReader);
        return out;
    }

    private void defineReader(String type) {
        if (fusabi.library().lookup(MODULE + "." + type) != null) return;
        fusabi.define(MODULE + "." + type, "string -> " + type, args -> {
            Object v = read.apply((String) args[0]);
            if (!type.equals(typeOf(v))) throw new IllegalStateException("the binding is gone, or changed type, since the script was compiled");
            return v;
        });
    }

    private static boolean isIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_']*");
    }

    private String typeOf(Object v) {
        return switch (v) {
            case null -> null;
            case Long l -> "int";
            case Integer i -> "int";
            case Short s -> "int";
            case Byte b -> "int";
            case Double d -> "float";
            case Float f -> "float";
            case Boolean b -> "bool";
            case Character c -> "char";
            case String s -> "string";
            default -> fusabi.library().hostTypeName(v.getClass(), true);
        };
    }
}
