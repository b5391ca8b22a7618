package org.fusabi.compiler.typecheck;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** Every name visible here, the shadowed ones once: what completion offers. */
    Set<String> visible() {
        Set<String> all = new TreeSet<>();
        for (Scope s = this; s != null; s = s.parent) all.addAll(s.names.keySet());
        return all;
    }

    void define(String name, Entry entry) {
        names.put(name, entry);
    }

    Scope child() {
        return new Scope(this);
    }
}
