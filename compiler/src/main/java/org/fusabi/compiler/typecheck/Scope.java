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

    /**
     * Takes over the names of a child scope, shadowing its own. The top level does this after each let instead of
     * going on in the child, so that the chain a name is looked up along does not grow by a scope per declaration:
     * 40,000 top-level functions each calling printfn took 29 s to check, looking printfn up past every other.
     */
    void absorb(Scope child) {
        names.putAll(child.names);
    }

    Scope child() {
        return new Scope(this);
    }
}
