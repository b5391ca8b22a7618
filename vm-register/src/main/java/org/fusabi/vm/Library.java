package org.fusabi.vm;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The native functions a script may call, by qualified name ({@code List.length}). The compiler type-checks
 * calls against their signatures; an image names the natives it uses and is bound to them when loaded.
 */
public final class Library {
    private final Map<String, Native> natives = new LinkedHashMap<>();

    /** The standard library of LANGUAGE.md; hosts add their own functions with {@link #define}. */
    public static Library standard() {
        Library lib = new Library();
        StandardLibrary.install(lib);
        CoreNatives.install(lib);
        return lib;
    }

    /** Defines a native; its arity is the number of arrows at the top level of the signature. */
    public Library define(String name, String signature, Native.Body body) {
        natives.put(name, new Native(name, signature, arity(signature), body));
        return this;
    }

    public Native lookup(String name) {
        return natives.get(name);
    }

    public Collection<Native> all() {
        return natives.values();
    }

    static int arity(String signature) {
        int depth = 0;
        int arrows = 0;
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c == '(' || c == '<') depth++;
            else if (c == ')' || c == '>' && signature.charAt(i - 1) != '-') depth--;
            else if (c == '-' && depth == 0 && i + 1 < signature.length() && signature.charAt(i + 1) == '>') arrows++;
        }
        return arrows;
    }
}
