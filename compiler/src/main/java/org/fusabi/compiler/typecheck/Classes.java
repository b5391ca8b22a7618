package org.fusabi.compiler.typecheck;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;

/**
 * Class hierarchies. A derived class's record starts with its base's fields, in the base's order, so the base's
 * code reads and writes a derived object as its own: an upcast changes only the static type. A virtual member
 * ({@code abstract} in a class) is a field of the object holding the function that implements it for the object's
 * class (its {@code default}, or the latest {@code override}), filled in when the object is made; a call reads the
 * field, so it runs the override of the object's class whatever the static type. {@code base.M} calls the base
 * class's implementation directly.
 */
final class Classes {
    /** What a class declares beyond its fields: its base, and for each virtual member the function its objects run. */
    static final class Info {
        final TypeDecl.Record decl;
        /** The base class, and its type as the class's parameters instantiate it; null when it has none. */
        TypeDecl.Record base;
        Type baseType;
        /** The virtual members of the class and its bases, by name: their slots, and the implementation its objects run. */
        final Map<String, UserMember> slots = new LinkedHashMap<>();
        final Map<String, UserMember> implementations = new HashMap<>();
        /**
         * With {@code type C() as self}: the field recording that the object's let bindings have run, which each of
         * its members checks first, as F# does; else -1.
         */
        int initialized = -1;
        /** The fields that start at their type's zero ({@code [<DefaultValue>] val}), with the value. */
        final Map<Integer, Core> zeros = new HashMap<>();

        Info(TypeDecl.Record decl) {
            this.decl = decl;
        }
    }

    private final Map<TypeDecl, Info> infos = new IdentityHashMap<>();
    /** The variables {@code base} names in members of derived classes: a call through one is not virtual. */
    private final Map<Var, TypeDecl.Record> bases = new IdentityHashMap<>();

    Info info(TypeDecl.Record decl) {
        return infos.computeIfAbsent(decl, d -> new Info(decl));
    }

    /** The class's info, or null when decl is not a class. */
    Info find(TypeDecl decl) {
        return decl instanceof TypeDecl.Record r && r.form == TypeDecl.Form.CLASS ? info(r) : null;
    }

    /** The classes declared so far. */
    java.util.Set<TypeDecl> declared() {
        return infos.keySet();
    }

    void markBase(Var base, TypeDecl.Record decl) {
        bases.put(base, decl);
    }

    /** Whether target is {@code base} in a derived class's member, whose calls go to the base's implementation. */
    boolean isBase(Core target) {
        return target instanceof Core.Ref r && bases.containsKey(r.var());
    }

    /** Whether ancestor is decl or one of its bases. */
    boolean derives(TypeDecl decl, TypeDecl ancestor) {
        for (Info i = find(decl); i != null; i = i.base == null ? null : info(i.base)) {
            if (i.decl == ancestor) return true;
        }
        return false;
    }

    /** The type of ancestor as instance's class sees it ({@code Node<int>} for a {@code RecalcNode<int>}), or null when it is none of its bases. */
    Type ancestorType(Type instance, TypeDecl ancestor) {
        Type t = Type.prune(instance);
        while (t instanceof Type.Con c && c.decl() != null) {
            if (c.decl() == ancestor) return t;
            Info i = find(c.decl());
            if (i == null || i.base == null) return null;
            Map<Type.Var, Type> args = new HashMap<>();
            for (int k = 0; k < c.decl().params.size(); k++) args.put(c.decl().params.get(k), c.args().get(k));
            t = Type.prune(Scheme.substitute(i.baseType, args));
        }
        return null;
    }

    /** The same object with the static type of a base class: the run-time value is unchanged. */
    static Core retype(Core value, Type target, Pos pos, TypeChecker tc) {
        Var alias = new Var("_upcast" + (tc.temps++), target, false);
        return new Core.Let(alias, value, new Core.Ref(alias, target, pos), target);
    }

    /** value as ancestor: its type is unchanged when it is already one. */
    Core upcast(Core value, TypeDecl ancestor, Pos pos, TypeChecker tc) {
        if (Builtins.declOf(value.type()) == ancestor) return value;
        return retype(value, ancestorType(value.type(), ancestor), pos, tc);
    }

    /** The members named so declared by decl or, when it declares none, by its nearest base that does. */
    List<UserMember> inherited(TypeDecl decl, String name, boolean isStatic, UserMembers members) {
        for (Info i = find(decl); i != null && i.base != null; i = info(i.base)) {
            List<UserMember> found = members.declared(i.base, name, isStatic);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * A member's body preceded by F#'s check that its object's construction has got past the let bindings: a class
     * whose constructor names the object ({@code as self}) may call its members before their fields are set.
     */
    Core checkInitialized(Info info, Var self, Core body, Pos pos, TypeChecker tc) {
        if (info == null || info.initialized < 0) return body;
        Core done = new Core.GetField(new Core.Ref(self, self.type, pos), info.initialized, Type.BOOL, pos);
        Core fail = tc.callNative("invalidOp", List.of(new Core.Lit(
                "The initialization of an object or value resulted in an object or value being accessed recursively before it was fully initialized.", Type.STRING)), pos);
        return new Core.Seq(new Core.If(done, new Core.Lit(org.fusabi.vm.value.Unit.VALUE, Type.UNIT), fail, Type.UNIT), body, body.type());
    }

    /**
     * What {@code :? T} compares an object's run-time type with: the names of T and of the classes the script has
     * declared so far that derive from it, separated by '|' (the native {@code Exn.isType} reads them so).
     */
    String runtimeNames(TypeDecl target) {
        List<String> names = new java.util.ArrayList<>();
        for (TypeDecl d : infos.keySet()) if (derives(d, target)) names.add(d.name);
        return String.join("|", names);
    }

    /** The values a new object of the class starts with: its virtual members' implementations, zeros, and unit elsewhere. */
    List<Core> initialFields(Info info, Pos pos) {
        Core[] fields = new Core[info.decl.fieldNames.size()];
        for (UserMember slot : info.slots.values()) {
            UserMember impl = info.implementations.get(slot.name);
            if (impl != null) fields[slot.vslot] = new Core.Ref(impl.function, impl.function.type, pos);
        }
        for (Info i = info; i != null; i = i.base == null ? null : info(i.base)) {
            for (Map.Entry<Integer, Core> zero : i.zeros.entrySet()) fields[zero.getKey()] = zero.getValue();
        }
        for (int k = 0; k < fields.length; k++) if (fields[k] == null) fields[k] = new Core.Lit(org.fusabi.vm.value.Unit.VALUE, Type.UNIT);
        return List.of(fields);
    }
}
