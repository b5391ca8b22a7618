package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.Unit;

/**
 * Uses of the members a script declares on its types ({@link UserMember}), resolved by the static type of the
 * object: {@code x.P}, {@code x.M(a, b)}, {@code x.M a b}, {@code T.M(…)}, {@code x.P <- v}, operators
 * ({@code a + b} calling {@code static member (+)}) and {@code override ToString} (used by {@code string},
 * {@code %O} and interpolation). A call passes a tupled group's items as separate arguments, as the member's
 * function takes them; an interface member is called through its slot in the view ({@link Interfaces}).
 */
final class UserMembers {
    /** The key of a class's constructor among its members (no member can be named so). */
    static final String CONSTRUCTOR = ".ctor";

    private final TypeChecker tc;
    private final Overloads overloads;
    /** The members of the script's types, by name (several for overloads); kept here so compiler.types needs no compiler.core. */
    private final Map<TypeDecl, Map<String, List<UserMember>>> declared = new IdentityHashMap<>();

    UserMembers(TypeChecker tc) {
        this.tc = tc;
        this.overloads = new Overloads(tc);
    }

    /** The members a type declares, by name. */
    Map<String, List<UserMember>> of(TypeDecl decl) {
        return declared.computeIfAbsent(decl, d -> new LinkedHashMap<>());
    }

    void add(TypeDecl decl, UserMember member) {
        member.owner = decl;
        of(decl).computeIfAbsent(member.name, k -> new ArrayList<>()).add(member);
    }

    /** The members named so (instance or static ones) of a type the script declared or of its base classes, or null. */
    List<UserMember> find(TypeDecl decl, String name, boolean isStatic) {
        List<UserMember> own = declared(decl, name, isStatic);
        return own != null ? own : tc.classes.inherited(decl, name, isStatic, this);
    }

    /** The members named so that decl itself declares, or null. */
    List<UserMember> declared(TypeDecl decl, String name, boolean isStatic) {
        List<UserMember> all = of(decl).get(name);
        if (all == null) return null;
        List<UserMember> matching = all.stream().filter(m -> m.isStatic == isStatic).toList();
        return matching.isEmpty() ? null : matching;
    }

    private List<UserMember> instanceMembers(Core target, String name) {
        TypeDecl decl = Builtins.declOf(target.type());
        return decl == null ? null : find(decl, name, false);
    }

    /** {@code x.Name} not applied: a property's value, or a method as a function of its arguments; null when x's type declares no Name. */
    Core member(Core target, String name, Pos pos) {
        List<UserMember> found = instanceMembers(target, name);
        return found == null ? null : call(target, found.get(0), List.of(), null, pos, null);
    }

    /** {@code x.Name args}; null when x's type declares no Name. */
    Core call(Core target, String name, List<Expr> args, Scope scope, Pos pos) {
        List<UserMember> found = instanceMembers(target, name);
        return found == null ? null : resolve(target, found, args, scope, pos);
    }

    /**
     * {@code x.Name(args)} with its arguments checked already (a lookup that waited for x's type): given as the
     * items of the tuple written, or none for {@code ()}; null when x's type declares no Name.
     */
    Core call(Core target, String name, List<Core> args, Pos pos) {
        List<UserMember> found = instanceMembers(target, name);
        if (found == null) return null;
        List<UserMember> shaped = found.stream().filter(x -> x.groups.equals(List.of(Math.max(args.size(), 1)))).toList();
        // x.M() passes unit to a method of one parameter: M() beside M(x: int) is chosen by it.
        List<Type> types = args.isEmpty() ? List.of(Type.UNIT) : args.stream().map(Core::type).toList();
        UserMember m = shaped.size() > 1 ? choose(target, shaped, types, types.stream().map(a -> -1).toList(), pos)
                : shaped.isEmpty() ? found.get(0) : shaped.getFirst();
        if (m.field >= 0) return apply(call(target, m, List.of(), null, pos, null), args, pos);
        if (dispatched(m) && !(target instanceof Core.Ref)) return once(target, object -> call(object, name, args, pos), pos);
        m = nonVirtual(target, m);
        Core object = receiver(target, m, pos);
        List<Core> given = new ArrayList<>(List.of(object));
        given.addAll(args.isEmpty() && m.groups.equals(List.of(1)) ? List.of(new Core.Lit(Unit.VALUE, Type.UNIT)) : args);
        return apply(function(object, m, pos), given, pos);
    }

    /** Whether a call of m reads its function from the object: an interface's member, or a class's virtual one. */
    private static boolean dispatched(UserMember m) {
        return m.slot >= 0 || m.vslot >= 0;
    }

    /** {@code base.M}: the implementation of M that the base class's objects run, called directly; else m itself. */
    private UserMember nonVirtual(Core target, UserMember m) {
        if (m.vslot < 0 || !tc.classes.isBase(target)) return m;
        UserMember impl = tc.classes.find(Builtins.declOf(target.type())).implementations.get(m.name);
        if (impl == null) throw new CompileError(target instanceof Core.Ref r ? r.pos() : null, "The member '" + m.name + "' is abstract in the base class and cannot be called through 'base'");
        return impl;
    }

    /** The object a member of a base class is called on: target, as the class that declares m. */
    private Core receiver(Core target, UserMember m, Pos pos) {
        return target == null || m.isStatic || m.owner == null || m.slot >= 0 ? target : tc.classes.upcast(target, m.owner, pos, tc);
    }

    /** {@code T(args)} or {@code new T(args)}: a class's primary constructor, the arguments spread as for a method; null when fn names none. */
    Core construct(Expr.Ident fn, List<Expr> args, Scope scope) {
        if (!(tc.names.typeNames.get(String.join(".", fn.parts())) instanceof TypeDecl decl)) return null;
        List<UserMember> ctor = of(decl).get(CONSTRUCTOR);
        if (ctor == null || !(tc.names.resolve(fn, scope) instanceof Entry.Value v) || v.var() != ctor.get(0).function) return null;
        return resolve(null, ctor, args, scope, fn.pos());
    }

    /**
     * {@code T.Name} or {@code T.Name args} (also qualified by modules, {@code M.T.Name}) for a static member of a
     * script's type T; null when parts name no such member, or when T's name is a value other than T's constructor.
     */
    Core staticCall(List<String> parts, List<Expr> args, Scope scope, Pos pos) {
        if (parts.size() < 2) return null;
        String typeName = String.join(".", parts.subList(0, parts.size() - 1));
        if (!(tc.names.typeNames.get(typeName) instanceof TypeDecl decl)) return null;
        Entry shadow = scope.lookup(parts.get(0));
        List<UserMember> ctor = of(decl).get(CONSTRUCTOR);
        // a union case of another type does not hide a type's name before a dot (a value does), as in F#
        boolean isTypeName = shadow == null || shadow instanceof Entry.Module || shadow instanceof Entry.Ctor
                || ctor != null && shadow instanceof Entry.Value v && v.var() == ctor.get(0).function;
        List<UserMember> found = find(decl, parts.getLast(), true);
        return isTypeName && found != null ? resolve(null, found, args, scope, pos) : null;
    }

    /**
     * Calls the overload of a member that the arguments select: the one taking as many items in its first group as
     * are given (the first overload when none does); when several do, the one F#'s resolution chooses by the types
     * of those items ({@link Overloads}), checked first. A lambda counts as a function of as many arguments as it
     * has parameters and is checked once the overload is chosen, against its parameter's type (as F# checks it);
     * named arguments leave the choice to the number of items.
     */
    private Core resolve(Core target, List<UserMember> candidates, List<Expr> args, Scope scope, Pos pos) {
        if (candidates.size() == 1 || args.isEmpty()) return call(target, candidates.getFirst(), args, scope, pos, null);
        int given = args.getFirst() instanceof Expr.Tuple t ? t.items().size() : 1;
        List<UserMember> shaped = candidates.stream().filter(m -> !m.groups.isEmpty() && m.groups.getFirst() == given).toList();
        if (shaped.size() < 2) return call(target, shaped.isEmpty() ? candidates.getFirst() : shaped.getFirst(), args, scope, pos, null);
        List<Expr> items = given == 1 ? List.of(args.getFirst()) : ((Expr.Tuple) args.getFirst()).items();
        if (items.stream().anyMatch(i -> i instanceof Expr.Binary b && b.op().equals("="))) {
            return call(target, shaped.getFirst(), args, scope, pos, null);
        }
        List<Core> checked = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (Expr item : items) {
            Core c = item instanceof Expr.Lambda ? null : tc.infer(item, scope);
            checked.add(c);
            types.add(c != null ? c.type() : lambdaShape((Expr.Lambda) item));
        }
        List<Integer> lambdas = items.stream().map(i -> i instanceof Expr.Lambda l ? arity(l) : -1).toList();
        UserMember chosen = choose(target, shaped, types, lambdas, pos);
        return call(target, chosen, args, scope, pos, new Checked(items, checked, scope));
    }

    /** The types of the first n parameters of member m (after the object when it is called on target), instantiated afresh. */
    private List<Type> firstParams(Core target, UserMember m, int n) {
        Type t = m.instantiate(tc.level);
        if (target != null && !m.isStatic) t = ((Type.Fun) Type.prune(t)).to();
        List<Type> first = new ArrayList<>();
        for (int k = 0; k < n && Type.prune(t) instanceof Type.Fun f; k++, t = f.to()) first.add(f.from());
        return first;
    }

    /** A lambda's type as far as it is known before its parameters' types are: a function of as many arguments. */
    private Type lambdaShape(Expr.Lambda l) {
        Type t = new Type.Var(tc.level);
        for (int k = 0; k < arity(l); k++) t = new Type.Fun(new Type.Var(tc.level), t);
        return t;
    }

    /** The number of arguments a lambda takes, those of a lambda it returns ({@code fun a -> fun b -> …}) included. */
    private static int arity(Expr.Lambda l) {
        return l.params().size() + (l.body() instanceof Expr.Lambda inner ? arity(inner) : 0);
    }

    /** The first group of arguments of a call, checked before its overload was chosen (null for a lambda, checked after). */
    private record Checked(List<Expr> written, List<Core> items, Scope scope) {}

    /** The overload of shaped (all taking as many arguments as are given first) that arguments of these types call. */
    private UserMember choose(Core target, List<UserMember> shaped, List<Type> args, List<Integer> lambdas, Pos pos) {
        List<List<Type>> params = shaped.stream().map(m -> firstParams(target, m, args.size())).toList();
        return overloads.choose(displayName(shaped.getFirst()), shaped, params, args, lambdas, pos);
    }

    /**
     * Calls member m of target (null for a static member) with the argument groups given, the first given as checked
     * already when checked is not null; any further arguments apply to the result.
     */
    private Core call(Core given0, UserMember member, List<Expr> args, Scope scope, Pos pos, Checked checked) {
        UserMember m = nonVirtual(given0, member);
        Core target = receiver(given0, m, pos);
        if (m.field >= 0) {
            Type.Con instance = (Type.Con) Type.prune(target.type());
            Core value = new Core.GetField(target, m.field, MemberChecker.fieldType((TypeDecl.Record) instance.decl(), instance, m.field), pos);
            return tc.applyAll(value, args, scope, pos);
        }
        if (m.global != null) return tc.applyAll(new Core.Ref(m.global, m.global.type, pos), args, scope, pos);
        if (dispatched(m) && !(target instanceof Core.Ref)) return once(target, object -> call(object, m, args, scope, pos, checked), pos);
        List<Core> given = new ArrayList<>();
        Core fn = function(target, m, pos);
        if (target != null) given.add(target);
        if (m.isStatic && m.isProperty()) given.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        Type params = fn.type();
        for (int k = 0; k < given.size() && Type.prune(params) instanceof Type.Fun f; k++) params = f.to();
        int used = 0;
        List<Expr.Binary> setters = new ArrayList<>();
        for (; used < m.groups.size() && used < args.size(); used++) {
            List<Core> items = used == 0 && checked != null ? passed(checked, params) : used == 0 ? named(m, args.getFirst(), params, setters, scope) : null;
            if (items == null) items = group(args.get(used), m.groups.get(used), params, scope);
            for (int k = 0; k < items.size() && Type.prune(params) instanceof Type.Fun f; k++) params = f.to();
            given.addAll(items);
        }
        Core call = given.isEmpty() ? fn : apply(fn, given, pos);
        return tc.applyAll(setAfter(call, setters, scope, pos), args.subList(used, args.size()), scope, pos);
    }

    /**
     * The first group of arguments of a member with optional parameters or given named arguments ({@code M(y = 2,
     * x = 1)}), each at its parameter: an optional parameter not given is None, one given Some of it. A constructor's
     * named argument naming no parameter sets the property of the new object (into setters). Null when the group
     * is given and taken as it is written.
     */
    private List<Core> named(UserMember m, Expr arg, Type params, List<Expr.Binary> setters, Scope scope) {
        List<String> names = m.parameters;
        List<Expr> items = arg instanceof Expr.Tuple t ? t.items() : arg instanceof Expr.Const c && c.value() == Unit.VALUE ? List.of() : List.of(arg);
        boolean optional = names.stream().anyMatch(n -> n != null && n.startsWith("?"));
        if (!optional && items.stream().noneMatch(i -> parameterNamed(i, names) >= 0 || setsProperty(m, i))) return null;
        Expr[] slots = new Expr[names.size()];
        int next = 0;
        for (Expr item : items) {
            int k = parameterNamed(item, names);
            if (k >= 0) {
                slots[k] = ((Expr.Binary) item).right();
            } else if (setsProperty(m, item)) {
                setters.add((Expr.Binary) item);
            } else {
                while (next < slots.length && slots[next] != null) next++;
                if (next == slots.length) throw new CompileError(item.pos(), "The member '" + displayName(m) + "' takes " + names.size() + " argument(s) but is given more");
                slots[next++] = item;
            }
        }
        List<Core> out = new ArrayList<>();
        Type t = params;
        for (int k = 0; k < slots.length; k++) {
            Type param = ((Type.Fun) Type.prune(t)).from();
            t = ((Type.Fun) Type.prune(t)).to();
            boolean isOptional = names.get(k) != null && names.get(k).startsWith("?");
            if (slots[k] == null && !isOptional) {
                throw new CompileError(arg.pos(), "The member '" + displayName(m) + "' requires the argument '" + names.get(k) + "'");
            }
            if (!isOptional) {
                out.add(tc.argument(slots[k], param, scope));
                continue;
            }
            Type inner = new Type.Var(tc.level);
            unify(Type.option(inner), param, arg.pos());
            out.add(slots[k] == null ? new Core.Ctor(Builtins.OPTION.cases.get(0), List.of(), param, arg.pos())
                    : new Core.Ctor(Builtins.OPTION.cases.get(1), List.of(tc.argument(slots[k], inner, scope)), param, slots[k].pos()));
        }
        return out;
    }

    /** Whether item is {@code P = value} given to a constructor whose class has a property P. */
    private boolean setsProperty(UserMember m, Expr item) {
        return m.name.equals(CONSTRUCTOR) && item instanceof Expr.Binary b && b.op().equals("=") && b.left() instanceof Expr.Ident id
                && id.parts().size() == 1 && find(m.owner, id.parts().getFirst(), false) != null;
    }

    /** The parameter an argument {@code name = value} names, or -1. */
    private static int parameterNamed(Expr item, List<String> names) {
        if (!(item instanceof Expr.Binary b && b.op().equals("=") && b.left() instanceof Expr.Ident id && id.parts().size() == 1)) return -1;
        String name = id.parts().getFirst();
        int k = names.indexOf(name);
        return k >= 0 ? k : names.indexOf("?" + name);
    }

    private static String displayName(UserMember m) {
        return m.name.equals(CONSTRUCTOR) ? m.owner.name : m.name;
    }

    /** A new object with the properties its constructor's named arguments set, in the order written. */
    private Core setAfter(Core made, List<Expr.Binary> setters, Scope scope, Pos pos) {
        if (setters.isEmpty()) return made;
        Var object = new Var("_made" + (tc.temps++), made.type(), false);
        Core body = new Core.Ref(object, made.type(), pos);
        for (int k = setters.size() - 1; k >= 0; k--) {
            Expr.Binary b = setters.get(k);
            Core set = assign(new Core.Ref(object, made.type(), b.pos()), ((Expr.Ident) b.left()).parts().getFirst(), b.right(), scope, b.pos());
            body = new Core.Seq(set, body, made.type());
        }
        return new Core.Let(object, made, body, made.type());
    }

    /** An interface member reads its function from the object and passes the object too: the object is evaluated once. */
    private Core once(Core target, java.util.function.Function<Core, Core> use, Pos pos) {
        Var object = new Var("_object" + (tc.temps++), target.type(), false);
        Core body = use.apply(new Core.Ref(object, target.type(), pos));
        return new Core.Let(object, target, body, body.type());
    }

    /** A member's function: its global, or for an interface's member the slot of the view. */
    private Core function(Core target, UserMember m, Pos pos) {
        if (!dispatched(m)) return new Core.Ref(m.function, m.instantiate(tc.level), pos);
        Type.Con view = (Type.Con) Type.prune(target.type());
        return new Core.GetField(target, m.slot >= 0 ? m.slot : m.vslot, Interfaces.slotType(m, view.decl(), view.args()), pos);
    }

    /** Arguments checked already, each passed for its parameter in params (the member's function type from them on). */
    private List<Core> passed(Checked checked, Type params) {
        List<Core> out = new ArrayList<>();
        Type t = params;
        for (int k = 0; k < checked.items().size(); k++) {
            Type.Fun f = (Type.Fun) Type.prune(t);
            Core item = checked.items().get(k);
            Expr written = checked.written().get(k);
            out.add(item == null ? tc.argument(written, f.from(), checked.scope()) : tc.passed(item, f.from(), written.pos()));
            t = f.to();
        }
        return out;
    }

    /** The arguments of one group: a tupled group of n takes the items of a tuple, written out or not. */
    private List<Core> group(Expr arg, int size, Scope scope) {
        return group(arg, size, null, scope);
    }

    /**
     * As {@link #group(Expr, int, Scope)}, each argument checked against its parameter's type in params (the
     * member's function type from that group on) when it is known: a lambda sees its parameters' types, and a
     * derived class or an interface's implementation is upcast as F# 6 does.
     */
    private List<Core> group(Expr arg, int size, Type params, Scope scope) {
        List<Type> expected = new ArrayList<>();
        for (Type t = params; expected.size() < size && t != null && Type.prune(t) instanceof Type.Fun f; t = f.to()) expected.add(f.from());
        if (expected.size() < size) expected = null;
        if (size == 1) return List.of(expected == null ? tc.infer(arg, scope) : tc.argument(arg, expected.getFirst(), scope));
        if (arg instanceof Expr.Tuple t && t.items().size() == size) {
            List<Core> out = new ArrayList<>();
            for (int k = 0; k < size; k++) out.add(expected == null ? tc.infer(t.items().get(k), scope) : tc.argument(t.items().get(k), expected.get(k), scope));
            return out;
        }
        Core tuple = tc.infer(arg, scope);
        List<Type> items = new ArrayList<>();
        for (int k = 0; k < size; k++) items.add(new Type.Var(tc.level));
        unify(new Type.Tuple(items), tuple.type(), arg.pos());
        List<Core> out = new ArrayList<>();
        for (int k = 0; k < size; k++) out.add(tc.tupleItem(tuple, k, items.get(k), arg.pos()));
        return out;
    }

    /** Applies a function to arguments already checked, one at a time as their types say. */
    Core apply(Core fn, List<Core> args, Pos pos) {
        return apply(fn, args, args.stream().map(a -> pos).toList(), pos);
    }

    /** As {@link #apply(Core, List, Pos)}, a mismatch reported at its argument's position. */
    private Core apply(Core fn, List<Core> args, List<Pos> at, Pos pos) {
        Core out = fn;
        for (int k = 0; k < args.size(); k++) out = tc.operators.applyCore(out, args.get(k), at.get(k), pos);
        return out;
    }

    /** {@code x.P <- v} for a settable property; null when x's type declares no P. */
    Core assign(Core target, String name, Expr value, Scope scope, Pos pos) {
        List<UserMember> found = instanceMembers(target, name);
        if (found == null) return null;
        UserMember m = found.get(0);
        return set(receiver(target, m, pos), m, List.of(), name, value, scope, pos);
    }

    /**
     * {@code x.[i] <- v} ({@code Item}) or {@code x.P(i) <- v} for an indexed property with a setter, its index given as
     * its getter's parameters are; null when x's type declares no such property.
     */
    Core assignIndexed(Core target, String name, Expr index, Expr value, Scope scope, Pos pos) {
        List<UserMember> found = instanceMembers(target, name);
        if (found == null) return null;
        UserMember m = found.get(0);
        List<Core> at = m.groups.isEmpty() ? List.of(tc.infer(index, scope)) : group(index, m.groups.getFirst(), scope);
        return set(receiver(target, m, pos), m, at, name, value, scope, pos);
    }

    /** {@code T.P <- v} for a static field or settable static property P of a script's type T; null when parts name none. */
    Core assignStatic(List<String> parts, Expr value, Scope scope, Pos pos) {
        if (parts.size() < 2 || !(tc.names.typeNames.get(String.join(".", parts.subList(0, parts.size() - 1))) instanceof TypeDecl decl)) return null;
        List<UserMember> found = find(decl, parts.getLast(), true);
        return found == null ? null : set(null, found.get(0), List.of(), parts.getLast(), value, scope, pos);
    }

    /** Sets property m (static when target is null), an indexed one at index. */
    private Core set(Core target, UserMember m, List<Core> index, String name, Expr value, Scope scope, Pos pos) {
        if (m.global != null) {
            if (!m.global.mutable) throw new CompileError(pos, "Property '" + name + "' cannot be set");
            return new Core.Assign(m.global, tc.check(value, m.global.type, scope), Type.UNIT);
        }
        Type.Con instance = target == null ? null : (Type.Con) Type.prune(target.type());
        if (m.field >= 0 && ((TypeDecl.Record) instance.decl()).mutable.get(m.field)) {
            Type t = MemberChecker.fieldType((TypeDecl.Record) instance.decl(), instance, m.field);
            return new Core.SetField(target, m.field, tc.check(value, t, scope), Type.UNIT, pos);
        }
        if (m.setter == null) throw new CompileError(pos, "Property '" + name + "' cannot be set");
        Core setter = new Core.Ref(m.setter, m.setterScheme != null ? m.setterScheme.instantiate(tc.level) : m.setter.type, pos);
        List<Core> given = new ArrayList<>();
        if (target != null) given.add(target);
        given.addAll(index);
        given.add(tc.infer(value, scope));
        return apply(setter, given, pos);
    }

    /**
     * An operator on operands (written at the positions given) of a script's type that declares it ({@code static
     * member (+)}), or null. The operand types' declarations of it are its overloads ({@code V * float}, {@code
     * float * V}, {@code V * V}), chosen as a method's are; where their types leave several, the first declared.
     */
    Core operator(String op, List<Core> operands, List<Pos> at, Pos pos) {
        List<UserMember> candidates = new ArrayList<>();
        for (Core operand : operands) {
            TypeDecl decl = Builtins.declOf(operand.type());
            List<UserMember> found = decl == null ? null : find(decl, op, true);
            if (found == null) continue;
            for (UserMember m : found) {
                if (m.groups.stream().mapToInt(Integer::intValue).sum() == operands.size() && !candidates.contains(m)) candidates.add(m);
            }
        }
        if (candidates.isEmpty()) return null;
        List<Type> args = operands.stream().map(Core::type).toList();
        UserMember chosen = candidates.size() == 1 ? null : overloads.unique(candidates, candidates.stream().map(m -> firstParams(null, m, args.size())).toList(), args);
        UserMember m = chosen != null ? chosen : candidates.getFirst();
        return apply(new Core.Ref(m.function, m.instantiate(tc.level), pos), operands, at, pos);
    }

    /** The text of a value whose type overrides {@code ToString}, as {@code string}, {@code %O} and interpolation show it; else null. */
    Core toText(Core value, Pos pos) {
        List<UserMember> found = instanceMembers(value, "ToString");
        if (found == null) return null;
        for (UserMember m : found) {
            if (m.groups.equals(List.of(1)) && m.function != null) {
                Core text = apply(new Core.Ref(m.function, m.instantiate(tc.level), pos), List.of(value, new Core.Lit(Unit.VALUE, Type.UNIT)), pos);
                unify(Type.STRING, text.type(), pos);
                return text;
            }
        }
        return null;
    }
}
