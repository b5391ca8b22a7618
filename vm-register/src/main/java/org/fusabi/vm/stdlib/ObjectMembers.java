package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.Values;

/**
 * {@code new System.Object()}: a value equal only to itself, as F# scripts make one for a lock or a unique token;
 * and Object's statics: {@code ReferenceEquals} (the same object) and {@code Equals} (F#'s equality, null-safe).
 */
final class ObjectMembers {
    private ObjectMembers() {}

    static void install(Library lib) {
        lib.define("Object.new", "unit -> Object", (vm, a) -> new Token());
        lib.define("Object.ReferenceEquals", "Object -> Object -> bool", a -> a[0] == a[1]);
        lib.define("Object.Equals", "Object -> Object -> bool", a -> a[0] == null ? a[1] == null : a[1] != null && Values.equal(a[0], a[1]));
    }

    /** Compared by identity (Java's default equals and hashCode), printed as .NET prints it. */
    private static final class Token {
        @Override
        public String toString() {
            return "System.Object";
        }
    }
}
