package org.fusabi.vm.embed;

import java.util.List;
import java.util.Set;
import org.fusabi.vm.Library;

/**
 * A Java class a host exposes to scripts as a named type with statically checked members ({@link HostMembers} says
 * which and how they are named): scripts construct it ({@code Account("ann", 10.0)}), call its methods
 * ({@code acct.Deposit 5.0}), read and set its properties ({@code acct.Balance <- 0.0}), and pass its objects
 * around unchanged. Each member is a native bound to a method handle when the type is first used.
 */
public final class HostType {
    private HostType() {}

    /**
     * Defines {@code type} as the script type {@code name} with the members listed by their script names
     * ({@code "new"}, {@code "Deposit"}, {@code "Balance"}), or all public ones when none is listed. Define every
     * host type before compiling the scripts that use it; types may refer to each other in any order.
     */
    public static void define(Library library, String name, Class<?> type, String... members) {
        if (!name.matches("[A-Z][A-Za-z0-9_]*")) throw new IllegalArgumentException("a type name is an identifier starting with a capital: " + name);
        Set<String> only = Set.of(members);
        HostMembers.check(name, type, only);
        library.hostType(name, type, lib -> {
            List<HostMember> all = HostMembers.of(name, type, only, lib);
            for (HostMember m : all) lib.define(m.name(), m.signature(), m.body());
        });
    }
}
