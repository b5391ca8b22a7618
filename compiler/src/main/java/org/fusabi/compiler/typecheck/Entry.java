package org.fusabi.compiler.typecheck;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.Native;

/** What a name in scope stands for. */
sealed interface Entry {
    record Value(Var var, Scheme scheme) implements Entry {}

    /** A native (the int one of a numeric function whose type variants the code generator picks, see vm Numeric). */
    record NativeFn(Native fn) implements Entry {}

    record Ctor(TypeDecl.Case ctor) implements Entry {}

    /**
     * A name a class's own code sees through the object under construction or whose member runs ({@code self}): a
     * field (a constructor parameter, a {@code let} value), read and, when mutable, assigned; or, when function is
     * set, a {@code let}-bound function of the class, which takes the object first.
     */
    record ClassMember(Var self, TypeDecl.Record owner, int field, Var function) implements Entry {}

    /** A function the type checker handles itself (printfn, failwith, not, ignore, string, int, ...). */
    record Special(String name) implements Entry {}

    /** A module: its members by name, and its types. */
    record Module(String name, Map<String, Entry> members, Map<String, TypeDecl> types) implements Entry {
        Module(String name) {
            this(name, new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }
}
