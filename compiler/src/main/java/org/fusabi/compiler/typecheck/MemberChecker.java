package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.Native;
import org.fusabi.vm.value.Unit;

/**
 * Member access by the target's type: {@code x.Name} and {@code x.Name(args)} resolve to record fields, and to the
 * properties and methods of built-in and .NET types, which are natives named {@code Type#Member} (see
 * {@link org.fusabi.vm.Library} for the naming; overloads are chosen by the argument types). When the target's
 * type is not known yet the lookup waits ({@link TypeChecker#defer}) until it is, within the binding.
 */
final class MemberChecker {
    /** Properties of F# types that map to library functions of the type's module. */
    static final Map<String, String> MODULE_PROPERTIES = Map.of(
            "list.Length", "List.length", "list.Head", "List.head", "list.Tail", "List.tail",
            "list.IsEmpty", "List.isEmpty", "option.Value", "Option.get", "option.IsSome", "Option.isSome",
            "option.IsNone", "Option.isNone", "exn.Message", "Exn.message");

    private final TypeChecker tc;

    MemberChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** The name under which a type's members are natives ({@code String#Length}), or null for types with none. */
    static String nativePrefix(Type.Con c) {
        return switch (c.name()) {
            case "string" -> "String";
            case "list" -> "List";
            case "array" -> "Array";
            case "option" -> "Option";
            case "seq" -> "Seq";
            case "exn" -> "Exn";
            case "int", "float", "bool", "char", "unit" -> null;
            default -> c.decl() != null ? null : c.name();
        };
    }

    /** {@code target.Name} read as a value: a field, a property, or a method as a function of its arguments. */
    Core get(Core target, String name, Pos pos) {
        Type t = Type.prune(target.type());
        if (t instanceof Type.Var && tc.names.fieldOwners.containsKey(name)) {
            TypeDecl.Record rec = TypeChecker.last(tc.names.fieldOwners.get(name));
            unify(Builtins.typeOf(rec, rec.params.stream().map(p -> (Type) new Type.Var(tc.level)).toList()), t, pos);
            t = Type.prune(t);
        }
        if (t instanceof Type.Var) return tc.defer(target, name, pos, () -> get(target, name, pos));
        if (!(t instanceof Type.Con c)) throw undefined(t, name, pos);
        Core user = tc.userMembers.member(target, name, pos);
        if (user != null) return user;
        Core field = field(target, c, name, pos);
        if (field != null) return field;
        if (c.name().equals("array") && name.equals("Length")) return new Core.Op(Prim.ALEN, List.of(target), Type.INT, pos);
        String moduleFunction = MODULE_PROPERTIES.get(c.name() + "." + name);
        if (moduleFunction != null) return tc.callNative(moduleFunction, List.of(target), pos);
        List<Native> natives = members(c, name);
        for (Native n : natives) {
            if (n.arity() == 1) return tc.callNative(n, List.of(target), pos);
        }
        // A method named without arguments is the function of them, the receiver applied.
        if (natives.size() == 1) return tc.callNative(natives.get(0), List.of(target), pos);
        if (natives.isEmpty() && name.equals("ToString")) {
            // x.ToString named in a dotted path (s.Length.ToString ()): the function of unit that gives x's text
            Var unit = new Var("_unit", Type.UNIT, false);
            return new Core.Lambda(List.of(unit), tc.specials.toText(target, pos), new Type.Fun(Type.UNIT, Type.STRING), "ToString", pos);
        }
        if (natives.isEmpty() && name.equals("GetType")) {
            Var unit = new Var("_unit", Type.UNIT, false);
            Core type = TypeApplications.typeOf(c, tc, pos);
            return new Core.Lambda(List.of(unit), new Core.Seq(target, type, type.type()), new Type.Fun(Type.UNIT, type.type()), "GetType", pos);
        }
        throw undefined(t, name, pos);
    }

    /** Whether {@code target.Name arg} applies a field or property's value to arg rather than calling a method. */
    boolean isValueMember(Core target, String name) {
        Type t = Type.prune(target.type());
        if (t instanceof Type.Var) return tc.names.fieldOwners.containsKey(name);
        if (!(t instanceof Type.Con c)) return true;
        if (Builtins.declOf(c) instanceof TypeDecl.Record rec && rec.indexOf(name) >= 0) return true;
        return members(c, name).stream().anyMatch(n -> n.arity() == 1);
    }

    /** {@code target.Name(a, b)} or {@code target.Name a}: a method call, its overload chosen by the arguments. */
    Core call(Core target, String name, Expr arg, Scope scope, Pos pos) {
        List<Expr> argExprs = arguments(arg);
        if (Type.prune(target.type()) instanceof Type.Con c) {
            List<Native> candidates = methods(members(c, name), argExprs.size(), 1);
            if (candidates.size() == 1) {
                Native n = candidates.get(0);
                return invoke(n, target, checkedArguments(n, argExprs, scope), pos);
            }
            List<Core> args = argExprs.stream().map(a -> tc.infer(a, scope)).toList();
            return callWith(target, c, name, args, pos);
        }
        List<Core> args = argExprs.stream().map(a -> tc.infer(a, scope)).toList();
        return tc.defer(target, name, pos, () -> callWith(target, (Type.Con) Type.prune(target.type()), name, args, pos));
    }

    private Core callWith(Core target, Type.Con c, String name, List<Core> args, Pos pos) {
        Core user = tc.userMembers.call(target, name, args, pos);
        if (user != null) return user;
        List<Native> all = members(c, name);
        if (all.isEmpty() && name.equals("ToString")) return toText(target, c, args, pos);
        // Every .NET value has GetHashCode(), which F#'s hash calls.
        if (all.isEmpty() && name.equals("GetHashCode") && args.isEmpty()) return tc.callNative("hash", List.of(target), pos);
        // ... and GetType(), whose type is the one the script gave x (its run-time class where that is the same).
        if (all.isEmpty() && name.equals("GetType") && args.isEmpty()) {
            Core type = TypeApplications.typeOf(c, tc, pos);
            return new Core.Seq(target, type, type.type());
        }
        if (all.isEmpty()) throw undefined(c, name, pos);
        Native chosen = choose(methods(all, args.size(), 1), args);
        if (chosen == null) throw noOverload(name, all, 1, pos);
        return invoke(chosen, target, args, pos);
    }

    /**
     * {@code x.ToString()}, which every .NET value has: the text {@code string x} gives (a type's override
     * included); and {@code x.ToString "F2"} of a number, formatted as .NET formats it.
     */
    private Core toText(Core target, Type.Con c, List<Core> args, Pos pos) {
        if (args.isEmpty()) return tc.specials.toText(target, pos);
        if (args.size() == 1 && (c.name().equals("int") || c.name().equals("float") || NumericTypes.isNumeric(c.name()))) {
            unify(Type.STRING, args.getFirst().type(), pos);
            return tc.callNative("Convert.composite", List.of(new Core.Lit(0L, Type.INT), args.getFirst(), target), pos);
        }
        throw new CompileError(pos, "No overloads match for method 'ToString'. Known overloads: ToString()"
                                    + (args.size() == 1 ? "; ToString(format) is a number's." : "."));
    }

    /** {@code x.P <- v} for a property with a native setter ({@code Type#set_P}), or null when the type has none. */
    Core setProperty(Core target, String name, Expr value, Scope scope, Pos pos) {
        if (!(Type.prune(target.type()) instanceof Type.Con c)) return null;
        List<Native> setters = members(c, "set_" + name);
        if (setters.isEmpty()) return null;
        Native n = setters.get(0);
        return invoke(n, target, checkedArguments(n, List.of(value), scope), pos);
    }

    /** Calls a static member or constructor given with method syntax ({@code String.Join(", ", xs)}). */
    Core callStatic(String qualified, Expr arg, Scope scope, Pos pos) {
        List<Expr> argExprs = arguments(arg);
        List<Native> candidates = methods(tc.library.overloads(qualified), argExprs.size(), 0);
        if (candidates.size() == 1) {
            Native n = candidates.get(0);
            List<Core> args = checkedArguments(n, argExprs, scope);
            return tc.callNative(n, unitIfNone(args), pos);
        }
        List<Core> args = argExprs.stream().map(a -> tc.infer(a, scope)).toList();
        Native chosen = choose(candidates, args);
        if (chosen == null) {
            throw noOverload(qualified.substring(qualified.lastIndexOf('.') + 1), tc.library.overloads(qualified), 0, pos);
        }
        return tc.callNative(chosen, unitIfNone(args), pos);
    }

    /**
     * Whether a native is a .NET-style member (capitalised: {@code Console.WriteLine}) rather than an F# function;
     * FSharp.Core's LanguagePrimitives and OperatorIntrinsics name their curried functions with capitals too
     * ({@code PhysicalEquality a b}).
     */
    static boolean isDotNetMember(String nativeName) {
        int dot = nativeName.lastIndexOf('.');
        return dot >= 0 && dot + 1 < nativeName.length() && Character.isUpperCase(nativeName.charAt(dot + 1))
                && !nativeName.startsWith("LanguagePrimitives.") && !nativeName.startsWith("OperatorIntrinsics.");
    }

    private Core invoke(Native n, Core target, List<Core> args, Pos pos) {
        List<Core> all = new ArrayList<>();
        all.add(target);
        all.addAll(unitIfNone(args));
        Core call = tc.callNative(n, all, pos);
        return n.name().contains("#Try") ? OutArguments.defaultWhenMissing(call, tc, pos) : call;
    }

    private static List<Core> unitIfNone(List<Core> args) {
        return args.isEmpty() ? List.of(new Core.Lit(Unit.VALUE, Type.UNIT)) : args;
    }

    /** The arguments of a single candidate, each checked against its parameter type (lambdas see theirs). */
    private List<Core> checkedArguments(Native n, List<Expr> argExprs, Scope scope) {
        Type t = SignatureParser.parse(n.signature(), tc.level);
        List<Type> params = parameterTypes(t, n.arity());
        int skip = params.size() - argExprs.size();
        List<Core> out = new ArrayList<>();
        for (int k = 0; k < argExprs.size(); k++) out.add(tc.argument(argExprs.get(k), params.get(k + skip), scope));
        return out;
    }

    /** {@code M(a, b)} passes two arguments, {@code M()} none, {@code M a} one. */
    private static List<Expr> arguments(Expr arg) {
        if (arg instanceof Expr.Tuple t) return t.items();
        if (arg instanceof Expr.Const c && c.value() == Unit.VALUE) return List.of();
        return List.of(arg);
    }

    /** The natives of a type's member: {@code Type#Name} and its overloads. */
    private List<Native> members(Type.Con c, String name) {
        String prefix = nativePrefix(c);
        return prefix == null ? List.of() : tc.library.overloads(prefix + "#" + name);
    }

    /**
     * The overloads that take {@code count} arguments, after the receiver for instance members ({@code skip} 1)
     * or from the first parameter for statics ({@code skip} 0); a method whose only parameter is unit takes none.
     */
    private static List<Native> methods(List<Native> natives, int count, int skip) {
        List<Native> out = new ArrayList<>();
        for (Native n : natives) {
            List<Type> params = parameterTypes(SignatureParser.parse(n.signature(), 0), n.arity());
            params = params.subList(skip, params.size());
            int takes = params.size() == 1 && Type.prune(params.get(0)).equals(Type.UNIT) ? 0 : params.size();
            if (takes == count) out.add(n);
        }
        return out;
    }

    /** The first overload whose parameter types admit the arguments' types, seq coercion included. */
    Native choose(List<Native> candidates, List<Core> args) {
        for (Native n : candidates) {
            List<Type> params = parameterTypes(SignatureParser.parse(n.signature(), tc.level), n.arity());
            int skip = params.size() - args.size();
            if (skip < 0) continue;
            boolean fits = true;
            for (int k = 0; k < args.size() && fits; k++) fits = admits(params.get(k + skip), args.get(k).type());
            if (fits) return n;
        }
        return null;
    }

    private static List<Type> parameterTypes(Type t, int arity) {
        List<Type> out = new ArrayList<>();
        for (int k = 0; k < arity; k++) {
            Type.Fun f = (Type.Fun) Type.prune(t);
            out.add(f.from());
            t = f.to();
        }
        return out;
    }

    /** Whether an argument of type {@code arg} could be passed for a parameter of type {@code param}. */
    private static boolean admits(Type param, Type arg) {
        param = Type.prune(param);
        arg = Type.prune(arg);
        if (arg instanceof Type.Var v) return !(param instanceof Type.Con c) || v.constraint.admits(c.name()) || !c.args().isEmpty();
        if (param instanceof Type.Var v) return !(arg instanceof Type.Con c) || v.constraint.admits(c.name());
        if (param instanceof Type.Con pc && pc.name().equals("seq") && Enumerables.elementType(arg) != null) {
            return admits(pc.args().get(0), Enumerables.elementType(arg));
        }
        return switch (param) {
            case Type.Con pc -> arg instanceof Type.Con ac && pc.name().equals(ac.name()) && pc.decl() == ac.decl()
                    && pc.args().size() == ac.args().size() && allAdmit(pc.args(), ac.args());
            case Type.Fun pf -> arg instanceof Type.Fun af && admits(pf.from(), af.from()) && admits(pf.to(), af.to());
            case Type.Tuple pt -> arg instanceof Type.Tuple at && pt.items().size() == at.items().size() && allAdmit(pt.items(), at.items());
            case Type.Var v -> true;
        };
    }

    private static boolean allAdmit(List<Type> params, List<Type> args) {
        for (int k = 0; k < params.size(); k++) if (!admits(params.get(k), args.get(k))) return false;
        return true;
    }

    /** F#'s error for a call no overload accepts, listing each overload's parameters. */
    private static CompileError noOverload(String name, List<Native> overloads, int skip, Pos pos) {
        List<String> shapes = new ArrayList<>();
        for (Native n : overloads) {
            List<Type> params = parameterTypes(SignatureParser.parse(n.signature(), 0), n.arity());
            params = params.subList(skip, params.size());
            if (params.size() == 1 && Type.prune(params.get(0)).equals(Type.UNIT)) params = List.of();
            shapes.add(name + "(" + String.join(", ", params.stream().map(TypePrinter::print).toList()) + ")");
        }
        return new CompileError(pos, "No overloads match for method '" + name + "'. Known overloads: " + String.join(", ", shapes) + ".");
    }

    private Core field(Core target, Type.Con c, String name, Pos pos) {
        // The fields of a class are its own; an interface's are its slots.
        if (!(Builtins.declOf(c) instanceof TypeDecl.Record rec) || rec.form != TypeDecl.Form.DATA) return null;
        String field = name.equals("Value") && rec == Builtins.REF ? "contents" : name;
        int index = rec.indexOf(field);
        return index < 0 ? null : new Core.GetField(target, index, fieldType(rec, c, index), pos);
    }

    private static CompileError undefined(Type t, String name, Pos pos) {
        return new CompileError(pos, "The type '" + TypePrinter.print(t) + "' does not define the field, constructor or member '" + name + "'.");
    }

    static Type fieldType(TypeDecl.Record rec, Type.Con instance, int index) {
        Map<Type.Var, Type> map = new HashMap<>();
        for (int k = 0; k < rec.params.size(); k++) map.put(rec.params.get(k), instance.args().get(k));
        return Scheme.substitute(rec.fieldTypes.get(index), map);
    }

    Core index(Expr.Index ix, Scope scope) {
        Core target = tc.infer(ix.target(), scope);
        Type t = Type.prune(target.type());
        if (t instanceof Type.Con c && c.name().equals("string")) {
            return tc.callNative("String.get", List.of(target, tc.check(ix.index(), Type.INT, scope)), ix.pos());
        }
        if (t instanceof Type.Con c && c.name().equals("list")) {
            return tc.callNative("List.item", List.of(tc.check(ix.index(), Type.INT, scope), target), ix.pos());
        }
        if (t instanceof Type.Con c && c.name().equals("Map")) {
            return tc.callNative("Map.find", List.of(tc.infer(ix.index(), scope), target), ix.pos());
        }
        Core user = t instanceof Type.Con ? tc.userMembers.call(target, "Item", List.of(ix.index()), scope, ix.pos()) : null;
        if (user != null) return user;
        Native getter = indexer(t, "get_Item");
        if (getter != null) return invoke(getter, target, checkedArguments(getter, List.of(ix.index()), scope), ix.pos());
        Type elem = new Type.Var(tc.level);
        unify(Type.array(elem), t, ix.target().pos());
        return new Core.Op(Prim.AGET, List.of(target, tc.check(ix.index(), Type.INT, scope)), elem, ix.pos());
    }

    /** {@code x.[i] <- v} on a .NET collection ({@code Dictionary}, {@code ResizeArray} ...): its {@code set_Item}; else null. */
    Core assignIndex(Core target, Expr index, Expr value, Scope scope, Pos pos) {
        Core user = Type.prune(target.type()) instanceof Type.Con ? tc.userMembers.assignIndexed(target, "Item", index, value, scope, pos) : null;
        if (user != null) return user;
        Native setter = indexer(target.type(), "set_Item");
        return setter == null ? null : invoke(setter, target, checkedArguments(setter, List.of(index, value), scope), pos);
    }

    /** The indexer native of a library type with one ({@code Dictionary#get_Item}), or null. */
    private Native indexer(Type t, String accessor) {
        if (!(Type.prune(t) instanceof Type.Con c)) return null;
        List<Native> natives = members(c, accessor);
        return natives.size() == 1 ? natives.get(0) : null;
    }

}
