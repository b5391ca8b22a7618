package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/**
 * {@code System.Type} as {@code typeof<T>} gives it: a type known by its .NET name, which the compiler supplies
 * ({@code Convert.typeOf "System.Int32"}); {@code FullName}, {@code Name}, and {@code ToString()} and {@code %O}
 * give the full name, as .NET's do. Two are equal when they name the same type.
 */
final class TypeMembers {
    private TypeMembers() {}

    static void install(Library lib) {
        lib.define("Convert.typeOf", "string -> Type", (vm, a) -> new NetType((String) a[0]));
        lib.define("Type#FullName", "Type -> string", (vm, a) -> ((NetType) a[0]).fullName());
        lib.define("Type#Name", "Type -> string", (vm, a) -> {
            String full = ((NetType) a[0]).fullName();
            return full.substring(Math.max(full.lastIndexOf('.'), full.lastIndexOf('+')) + 1);
        });
    }

    private record NetType(String fullName) {
        @Override
        public String toString() {
            return fullName;
        }
    }
}
