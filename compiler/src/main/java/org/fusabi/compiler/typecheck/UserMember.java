package org.fusabi.compiler.typecheck;

import java.util.List;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;

/**
 * A member a script declares on one of its types ({@code member}, {@code static member}, {@code override}, an
 * operator, a property, or an interface's {@code abstract} slot). Calling it is calling an ordinary compiled
 * function, the object first (unless static), then the arguments: no reflection, no dispatch by name.
 */
final class UserMember {
    public final String name;
    public final boolean isStatic;
    /**
     * The parameters after the object, by group as written: {@code M(a, b)} is [2], {@code M a b} is [1, 1],
     * {@code M()} is [1] (a unit parameter); a property has none. The function takes them flattened.
     */
    public final List<Integer> groups;
    /** The compiled function (a global), or null for an interface's slot. */
    public final Var function;
    /** The function's type scheme, set when the members of its type are checked (their own type until then). */
    public Scheme scheme;
    /** A property's setter, taking the object then the value, or null; and its type scheme. */
    public Var setter;
    public Scheme setterScheme;
    /** An auto-property's field ({@code member val}), read and written directly; -1 for other members. */
    public int field = -1;
    /** An interface's slot: the index of its function in the interface's values (see typecheck.Interfaces); else -1. */
    public int slot = -1;
    /** A static field ({@code static val}, {@code static member val}): the global holding it; else null. */
    public Var global;
    /** A class's virtual member: the index of the object's field holding its implementation (see typecheck.Classes); else -1. */
    public int vslot = -1;
    /** A constructor's function that initialises an object already made (a derived class's constructor calls its base's). */
    public Var init;
    /**
     * The names of its first group of parameters (null where one is a pattern), an optional parameter's after a
     * '?': arguments may be given by name ({@code M(y = 2, x = 1)}), and optional ones left out.
     */
    public List<String> parameters = List.of();
    /** The type that declares it. */
    public org.fusabi.compiler.types.TypeDecl owner;

    UserMember(String name, boolean isStatic, List<Integer> groups, Var function) {
        this.name = name;
        this.isStatic = isStatic;
        this.groups = groups;
        this.function = function;
    }

    public boolean isProperty() {
        return groups.isEmpty();
    }

    /** Its type, instantiated fresh at level. */
    public Type instantiate(int level) {
        return scheme != null ? scheme.instantiate(level) : function.type;
    }
}
