package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;

/**
 * Enums ({@code type Color = Red = 0 | Green = 1}): a type of its own whose values are the library's
 * {@code EnumValue}s, numbers that know their type's case names for {@code %A} and {@code string}. A declaration
 * makes its type (a {@code System.Type} held in a global, which {@code typeof} gives) and one global a case, reached
 * qualified as F# requires ({@code Color.Red}); {@code int}, {@code enum<Color>} and the bitwise operators convert
 * through the underlying int32.
 */
final class Enums {
    private final TypeChecker tc;
    /** The enum types declared so far, by their type's name, with the global holding their System.Type. */
    private final Map<String, Var> declared = new HashMap<>();
    /** The globals of the declarations being checked, and their values, bound around the rest of the program. */
    private final List<Var> vars = new ArrayList<>();
    private final List<Core> values = new ArrayList<>();

    /** The library's enums, which a script cannot declare again: their values combine with the bitwise operators. */
    private static final List<String> LIBRARY = List.of("BindingFlags", "DayOfWeek", "StringComparison");

    Enums(TypeChecker tc) {
        this.tc = tc;
    }

    /** Declares an enum type, its System.Type and its cases (the values are bound by {@link #around}). */
    void declare(Decl.TypeDef def, Decl.EnumBody body, Scope scope, String prefix) {
        String qualified = prefix.isEmpty() ? def.name() : prefix + "." + def.name();
        Type type = new Type.Con(def.name(), List.of());
        tc.names.typeNames.put(def.name(), type);
        if (!prefix.isEmpty()) tc.names.typeNames.put(qualified, type);
        Type netType = new Type.Con("Type", List.of());
        Var info = tc.newVar(def.name() + "@type", netType, false, true, prefix);
        declared.put(def.name(), info);
        List<Core> names = new ArrayList<>();
        List<Core> numbers = new ArrayList<>();
        for (Decl.EnumCase c : body.cases()) {
            if (!(c.value() instanceof Number n) || c.value() instanceof Double) {
                throw new CompileError(c.pos(), "This is not a valid value for an enumeration literal: an enum's cases are integers");
            }
            names.add(new Core.Lit(c.name(), Type.STRING));
            numbers.add(new Core.Lit((int) n.longValue(), INT32));
        }
        vars.add(info);
        values.add(tc.callNative("Convert.enumType", List.of(new Core.Lit(qualified, Type.STRING),
                new Core.Op(Prim.ARRAY, names, Type.array(Type.STRING), def.pos()),
                new Core.Op(Prim.ARRAY, numbers, Type.array(INT32), def.pos()),
                new Core.Lit(def.attributes().stream().anyMatch(a -> a.is("Flags")), Type.BOOL)), def.pos()));
        Entry.Module cases = tc.names.module(qualified);
        scope.define(def.name(), cases);
        if (!prefix.isEmpty()) tc.names.module(prefix).members().put(def.name(), cases);
        for (int k = 0; k < body.cases().size(); k++) {
            Decl.EnumCase c = body.cases().get(k);
            Var v = tc.newVar(c.name(), type, false, true, prefix);
            cases.members().put(c.name(), new Entry.Value(v, Scheme.mono(type)));
            vars.add(v);
            values.add(of(new Core.Ref(info, netType, c.pos()), numbers.get(k), type, c.pos()));
        }
    }

    /** The rest of the program inside the globals of the enums just declared. */
    Core around(Core rest) {
        Core out = rest;
        for (int k = vars.size() - 1; k >= 0; k--) out = new Core.Let(vars.get(k), values.get(k), out, out.type());
        vars.clear();
        values.clear();
        return out;
    }

    boolean isEnum(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.args().isEmpty() && c.decl() == null
               && (declared.containsKey(c.name()) || LIBRARY.contains(c.name()));
    }

    /** The System.Type of a declared enum, for {@code typeof}, or null. */
    Core typeOf(Type t, Pos pos) {
        Var info = Type.prune(t) instanceof Type.Con c ? declared.get(c.name()) : null;
        return info == null ? null : new Core.Ref(info, info.type, pos);
    }

    /** {@code int32 e}: an enum value's number. */
    Core number(Core e, Pos pos) {
        return tc.callNative("Convert.enumNumber", List.of(e), pos);
    }

    /** {@code enum<E> n} and the results of the bitwise operators: the value of type t with the number n (an int32). */
    Core of(Core netType, Core n, Type t, Pos pos) {
        Core value = tc.callNative("Convert.enumOf", List.of(netType, n), pos);
        org.fusabi.compiler.types.Unifier.unify(t, value.type(), pos);
        return value;
    }

    /** {@code a ||| b}, {@code &&&} and {@code ^^^} of two values of one enum, on their numbers. */
    Core bitwise(Prim op, Core a, Core b, Pos pos) {
        Var left = new Var("enum@left", a.type(), false);
        Core l = new Core.Ref(left, a.type(), pos);
        Core bits = new Core.Op(op, List.of(number(l, pos), number(b, pos)), INT32, pos);
        Core type = tc.callNative("Convert.enumTypeOf", List.of(l), pos);
        return new Core.Let(left, a, of(type, bits, a.type(), pos), a.type());
    }

    /** {@code enum<E>}: the function from an int32 to the value of enum E with that number. */
    Core constructor(Type t, Pos pos) {
        Core type = typeOf(t, pos);
        if (type == null) throw new CompileError(pos, "The type '" + Type.prune(t) + "' is not an enum type declared by the script");
        Var n = new Var("enum@number", INT32, false);
        Core value = of(type, new Core.Ref(n, INT32, pos), t, pos);
        return new Core.Lambda(List.of(n), value, new Type.Fun(INT32, t), "enum", pos);
    }

    private static final Type INT32 = new Type.Con("int32", List.of());
}
