package org.fusabi.compiler.typecheck;

import java.util.HashMap;
import java.util.Map;

/** Lexical scopes: a chain of name tables; inner scopes shadow outer ones. */
final class Scope {
    private final Map<String, Entry> names = new HashMap<>();
    private final Scope parent;

    Scope(Scope parent) {
        this.parent = parent;
    }

    Entry lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Entry e = s.names.get(name);
            if (e != null) return e;
        }
        return null;
    }

    void define(String name, Entry entry) {
        names.put(name, entry);
    }

    Scope child() {
        return new Scope(this);
    }
}
