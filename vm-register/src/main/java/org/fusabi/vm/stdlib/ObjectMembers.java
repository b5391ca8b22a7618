package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/** {@code new System.Object()}: a value equal only to itself, as F# scripts make one for a lock or a unique token. */
final class ObjectMembers {
    private ObjectMembers() {}

    static void install(Library lib) {
        lib.define("Object.new", "unit -> Object", (vm, a) -> new Token());
    }

    /** Compared by identity (Java's default equals and hashCode), printed as .NET prints it. */
    private static final class Token {
        @Override
        public String toString() {
            return "System.Object";
        }
    }
}
