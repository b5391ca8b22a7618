package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.value.Unit;

/**
 * Interfaces and their values. An interface is a record type: one field per abstract member (its slot, a function
 * taking the interface value first), then the object that implements it and that object's type number. A value of
 * an interface type is such a record, a view of the object, so a call through an interface reads a field and calls
 * what it holds: nothing is looked up by name or type when it runs. Each type that implements an interface keeps a
 * view in a global whose slots are adapters calling its members; casting an object up to the interface copies
 * those slots beside the object. An object expression builds a view of closures. {@code :? Circle} compares a
 * view's type number with Circle's.
 */
final class Interfaces {
    /** The names of a view's last two fields: the object, and its type number (-1 for an object expression). */
    private static final String OBJECT = "(object)";
    private static final String TYPE_NUMBER = "(type)";

    private final TypeChecker tc;
    /** For each type, the interfaces it implements, each with the global holding its view. */
    private final Map<TypeDecl, Map<TypeDecl, Var>> views = new IdentityHashMap<>();
    private int typeNumbers;
    private final EnumerationObjects enumerations;

    Interfaces(TypeChecker tc) {
        this.tc = tc;
        this.enumerations = new EnumerationObjects(tc);
    }

    private static int objectField(TypeDecl.Record iface) {
        return iface.fieldNames.size() - 2;
    }

    private static int typeField(TypeDecl.Record iface) {
        return iface.fieldNames.size() - 1;
    }

    /** The slots of an interface, from its abstract members ({@code abstract Area: float}, {@code abstract Scale: float -> IShape}). */
    void declareSlots(TypeDecl decl, Decl.TypeDef def, Map<String, Type.Var> tvars) {
        TypeDecl.Record iface = (TypeDecl.Record) decl;
        Map<Type.Var, Type> params = new HashMap<>();
        List<Type> self = new ArrayList<>();
        for (int k = 0; k < decl.params.size(); k++) {
            Type.Var v = tvars.get(def.typeParams().get(k));
            params.put(v, decl.params.get(k));
            self.add(v);
        }
        Type viewType = Builtins.typeOf(decl, self);
        for (Decl.TypeItem item : def.items()) {
            UserMember member = abstractSlot(decl, (Decl.AbstractMember) item, tvars, viewType, params);
            member.slot = iface.fieldNames.size();
            tc.userMembers.add(decl, member);
            iface.fieldNames.add(member.name);
            iface.fieldTypes.add(member.scheme.body());
            iface.mutable.add(false);
        }
        for (String extra : List.of(OBJECT, TYPE_NUMBER)) {
            iface.fieldNames.add(extra);
            iface.fieldTypes.add(new Type.Var(Integer.MAX_VALUE));
            iface.mutable.add(false);
        }
    }

    /**
     * An abstract member ({@code abstract Scale: float -> IShape}) as the function that implements it: the object of
     * type self, then its parameters flattened by group; a scheme over decl's parameters, which params maps self's to.
     */
    UserMember abstractSlot(TypeDecl decl, Decl.AbstractMember slot, Map<String, Type.Var> tvars, Type self, Map<Type.Var, Type> params) {
        List<Integer> groups = new ArrayList<>();
        List<Type> flat = new ArrayList<>();
        Type result = tc.declarations.typeExpr(slot.type(), tvars, false);
        while (Type.prune(result) instanceof Type.Fun f) {
            List<Type> items = Type.prune(f.from()) instanceof Type.Tuple t ? t.items() : List.of(f.from());
            flat.addAll(items);
            groups.add(items.size());
            result = f.to();
        }
        Type fn = result;
        for (int k = flat.size() - 1; k >= 0; k--) fn = new Type.Fun(flat.get(k), fn);
        UserMember member = new UserMember(slot.name(), false, groups, null);
        member.scheme = new Scheme(decl.params, Scheme.substitute(new Type.Fun(self, fn), params));
        return member;
    }

    /** A slot's function type at the interface's type arguments. */
    static Type slotType(UserMember slot, TypeDecl iface, List<Type> args) {
        Map<Type.Var, Type> map = new HashMap<>();
        for (int k = 0; k < iface.params.size(); k++) map.put(iface.params.get(k), args.get(k));
        return Scheme.substitute(slot.scheme.body(), map);
    }

    private List<UserMember> slots(TypeDecl.Record iface) {
        List<UserMember> out = new ArrayList<>();
        for (String name : iface.fieldNames.subList(0, objectField(iface))) {
            for (UserMember m : tc.userMembers.of(iface).get(name)) if (m.slot >= 0 && !out.contains(m)) out.add(m);
        }
        return out;
    }

    private TypeDecl.Record interfaceOf(Type t, Pos pos) {
        if (Builtins.declOf(t) instanceof TypeDecl.Record r && r.form == TypeDecl.Form.INTERFACE) return r;
        throw new CompileError(pos, "The type '" + TypePrinter.print(t) + "' is not an interface type");
    }

    /** {@code interface I with …} in type decl: the global that will hold its view, so its members may cast to I. */
    void declareImplementation(TypeDecl decl, Decl.InterfaceImpl impl, String prefix) {
        Type viewType = tc.declarations.typeExpr(impl.type(), new HashMap<>(), false);
        TypeDecl.Record iface = interfaceOf(viewType, impl.pos());
        if (decl.typeId < 0) decl.typeId = typeNumbers++;
        views.computeIfAbsent(decl, d -> new IdentityHashMap<>()).put(iface, tc.newVar(iface.name + "@" + decl.name, viewType, false, true, prefix));
    }

    /** The view in the global of {@code interface I with …}: its slots call decl's members. */
    void implement(TypeDecl decl, Decl.InterfaceImpl impl, List<UserMember> implemented, TypeMembers.Bindings out) {
        TypeDecl.Record iface = interfaceOf(tc.declarations.typeExpr(impl.type(), new HashMap<>(), false), impl.pos());
        Var view = views.get(decl).get(iface);
        Type viewType = view.type;
        List<Core> fields = new ArrayList<>();
        for (UserMember slot : slots(iface)) {
            UserMember member = implemented.stream().filter(m -> m.name.equals(slot.name)).findFirst()
                    .orElseThrow(() -> missing(slot, iface, viewType, impl.pos()));
            fields.add(adapter(slot, member, decl, iface, viewType, impl.pos()));
        }
        for (int k = 0; k < implemented.size(); k++) {
            if (tc.userMembers.find(iface, implemented.get(k).name, false) == null) {
                throw new CompileError(impl.members().get(k).pos(), "The interface '" + iface.name + "' has no member '" + implemented.get(k).name + "' to implement");
            }
        }
        fields.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        fields.add(new Core.Lit(-1L, Type.INT));
        out.globals().add(view);
        out.values().add(new Core.Record(iface, fields, viewType, impl.pos()));
    }

    private CompileError missing(UserMember slot, TypeDecl.Record iface, Type viewType, Pos pos) {
        Type t = ((Type.Fun) Type.prune(slotType(slot, iface, ((Type.Con) Type.prune(viewType)).args()))).to();
        return new CompileError(pos, "No implementation was given for 'abstract member " + iface.name + "." + slot.name + ": " + TypePrinter.print(t)
                + "'. Note that all interface members must be implemented and listed under an appropriate 'interface' declaration, e.g. 'interface ... with member ...'.");
    }

    /** A slot's function for decl: takes the view, reads the object from it and calls decl's member. */
    private Core.Lambda adapter(UserMember slot, UserMember member, TypeDecl decl, TypeDecl.Record iface, Type viewType, Pos pos) {
        Type slotFn = slotType(slot, iface, ((Type.Con) Type.prune(viewType)).args());
        Var view = new Var("view", viewType, false);
        List<Var> params = new ArrayList<>(List.of(view));
        Type t = ((Type.Fun) Type.prune(slotFn)).to();
        List<Core> args = new ArrayList<>();
        Map<Type.Var, Type> fresh = tc.instantiation(decl);
        Type object = Builtins.typeOf(decl, decl.params.stream().map(fresh::get).toList());
        args.add(new Core.GetField(new Core.Ref(view, viewType, pos), objectField(iface), object, pos));
        for (int k = 0; k < slot.groups.stream().mapToInt(Integer::intValue).sum(); k++) {
            Type.Fun f = (Type.Fun) Type.prune(t);
            Var p = new Var("_a" + k, f.from(), false);
            params.add(p);
            args.add(new Core.Ref(p, p.type, pos));
            t = f.to();
        }
        Core call = tc.userMembers.apply(new Core.Ref(member.function, member.instantiate(tc.level), pos), args, pos);
        unify(t, call.type(), pos);
        return new Core.Lambda(params, call, slotFn, decl.name + "." + member.name, pos);
    }

    /** {@code value :> I}: the view of value as I; the value itself when it already has the type. */
    Core upcast(Core value, Type target, Pos pos) {
        if (isObject(target) && !isObject(value.type())) return tc.callNative("box", List.of(value), pos);
        if (Comparables.is(target)) return Comparables.is(value.type()) ? value : Comparables.upcast(value, target, pos, tc);
        if (Type.prune(target) instanceof Type.Con c && c.name().equals("seq") && c.decl() == null) {
            // a list, an array or any other collection as a seq<'T>: the same value, enumerated as one
            TypeChecker.coerce(target, value.type(), pos);
            return Classes.retype(value, target, pos, tc);
        }
        TypeDecl decl = Builtins.declOf(value.type());
        if (decl != null && decl == Builtins.declOf(target)) {
            unify(target, value.type(), pos);
            return value;
        }
        if (Type.prune(value.type()) instanceof Type.Var && isInterface(target)) return upcastOfUnknown(value, target, pos);
        TypeDecl ancestor = Builtins.declOf(target);
        if (decl != null && ancestor != null && tc.classes.derives(decl, ancestor)) {
            unify(target, tc.classes.ancestorType(value.type(), ancestor), pos);
            return Classes.retype(value, target, pos, tc);
        }
        TypeDecl.Record iface = interfaceOf(target, pos);
        Var view = viewOf(decl, iface);
        if (view == null) {
            throw new CompileError(pos, "The type '" + TypePrinter.print(value.type()) + "' does not implement the interface '" + iface.name + "'");
        }
        List<Core> fields = new ArrayList<>();
        Core table = new Core.Ref(view, view.type, pos);
        for (int k = 0; k < objectField(iface); k++) fields.add(new Core.GetField(table, k, new Type.Var(tc.level), pos));
        fields.add(value);
        fields.add(new Core.Lit((long) decl.typeId, Type.INT));
        return new Core.Record(iface, fields, target, pos);
    }

    /**
     * {@code x :> I} where x's type is a type parameter (F# lets a constraint {@code 'T :> I} allow it): the view is
     * chosen when the code runs, by the class or record x is, among the script's types declared so far that
     * implement I (a class through its base too).
     */
    private Core upcastOfUnknown(Core value, Type target, Pos pos) {
        TypeDecl.Record iface = interfaceOf(target, pos);
        java.util.Set<TypeDecl> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        candidates.addAll(views.keySet());
        candidates.addAll(tc.classes.declared());
        List<Core.Clause> clauses = new ArrayList<>();
        for (TypeDecl d : candidates) {
            if (!(d instanceof TypeDecl.Record) || viewOf(d, iface) == null) continue;
            Map<Type.Var, Type> fresh = tc.instantiation(d);
            Type type = Builtins.typeOf(d, d.params.stream().map(fresh::get).toList());
            Var object = new Var("_as" + (tc.temps++), type, false);
            clauses.add(new Core.Clause(new CPat.Bind(object, new CPat.TypeTest(d.name)), null, upcast(new Core.Ref(object, type, pos), target, pos)));
        }
        Core fail = new Core.Fail(new Core.Lit("Unable to cast object to type '" + TypePrinter.print(target) + "'.", Type.STRING), target, pos);
        clauses.add(new Core.Clause(new CPat.Wild(), null, fail));
        return new Core.Match(value, clauses, target, pos);
    }

    /**
     * The upcast F# inserts where a value of a type implementing interface I meets a known I (an argument, an
     * annotated binding, a list element: F# 6's type-directed conversions), or null when there is none to insert.
     */
    Core implicitUpcast(Core value, Type expected, Pos pos) {
        // Any value of a known type passes where an obj is expected, boxed (F#'s flexibility for obj parameters);
        // an integer literal is an int there, as F# types it before it meets the parameter.
        if (isBoxed(expected) && Type.prune(value.type()) instanceof Type.Var v && v.constraint == Type.Constraint.INT_LITERAL) unify(Type.INT, v, pos);
        boolean known = !(Type.prune(value.type()) instanceof Type.Var);
        if (isObject(expected) && known && !isObject(value.type())) return upcast(value, expected, pos);
        if (Comparables.is(expected) && known && !Comparables.is(value.type())) return upcast(value, expected, pos);
        TypeDecl decl = Builtins.declOf(value.type());
        TypeDecl iface = Builtins.declOf(expected);
        if (decl != null && iface != null && decl != iface && tc.classes.derives(decl, iface)) return upcast(value, expected, pos);
        if (!isInterface(expected) || isInterface(value.type())) return null;
        return viewOf(decl, iface) != null ? upcast(value, expected, pos) : null;
    }

    /** Whether decl (or a base class of it) implements the interface iface. */
    boolean implementsInterface(TypeDecl decl, TypeDecl iface) {
        return viewOf(decl, iface) != null;
    }

    /** The global holding decl's view as iface, which a derived class shares with the base implementing it; or null. */
    private Var viewOf(TypeDecl decl, TypeDecl iface) {
        for (TypeDecl d = decl; d != null; ) {
            Var view = views.getOrDefault(d, Map.of()).get(iface);
            if (view != null) return view;
            Classes.Info info = tc.classes.find(d);
            d = info == null ? null : info.base;
        }
        return null;
    }

    /** {@code e :> T} and {@code e :?> T}. */
    Core cast(Expr.Cast c, Scope scope) {
        Type target = tc.declarations.typeExpr(c.type(), new HashMap<>(), false);
        Core value = tc.infer(c.expr(), scope);
        if (!c.down()) return upcast(value, target, c.pos());
        Var x = new Var("_cast" + (tc.temps++), target, false);
        CPat test = typeTest(value.type(), target, new CPat.Bind(x, new CPat.Wild()), c.pos());
        Core fail = new Core.Fail(new Core.Lit("Unable to cast object to type '" + TypePrinter.print(target) + "'.", Type.STRING), target, c.pos());
        return new Core.Match(value, List.of(new Core.Clause(test, null, new Core.Ref(x, target, c.pos())),
                new Core.Clause(new CPat.Wild(), null, fail)), target, c.pos());
    }

    /** {@code e :? T}: whether an interface value is a view of a T, or a class's object one of T. */
    Core isType(Expr.TypeTest t, Scope scope) {
        Core value = tc.infer(t.expr(), scope);
        if (tc.classes.find(Builtins.declOf(value.type())) != null || isBoxed(value.type())) {
            CPat test = typeTest(value.type(), tc.declarations.typeExpr(t.type(), new HashMap<>(), false), new CPat.Wild(), t.pos());
            return new Core.Match(value, List.of(new Core.Clause(test, null, new Core.Lit(true, Type.BOOL)),
                    new Core.Clause(new CPat.Wild(), null, new Core.Lit(false, Type.BOOL))), Type.BOOL, t.pos());
        }
        TypeDecl.Record iface = interfaceOf(value.type(), t.pos());
        Type target = tc.declarations.typeExpr(t.type(), new HashMap<>(), false);
        Core number = new Core.GetField(value, typeField(iface), Type.INT, t.pos());
        return new Core.Op(Prim.EQ, List.of(number, new Core.Lit((long) typeNumber(target, t.pos()), Type.INT)), Type.BOOL, t.pos());
    }

    /** Whether values of type t are interface values (views), whose type {@code :?} tests here; exceptions are tested elsewhere. */
    boolean isInterface(Type t) {
        return Builtins.declOf(t) instanceof TypeDecl.Record r && r.form == TypeDecl.Form.INTERFACE;
    }

    /** Whether {@code :?} on values of type t is tested here: interface values and the objects of classes. */
    boolean testable(Type t) {
        return isInterface(t) || tc.classes.find(Builtins.declOf(t)) != null || isBoxed(t);
    }

    /** Whether a type is {@code obj}, whose values :? tests by their run-time type. */
    static boolean isObject(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.name().equals("Object") && c.decl() == null;
    }

    /** Whether a type's values are boxed values whose run-time type :? tests: obj's and IComparable's. */
    static boolean isBoxed(Type t) {
        return isObject(t) || Comparables.is(t);
    }

    /** The name the run-time type test of an obj compares a value's type with: a class's names, or the type's. */
    private String objectTypeName(Type target, Pos pos) {
        TypeDecl d = Builtins.declOf(target);
        if (d != null && tc.classes.find(d) != null) return tc.classes.runtimeNames(d);
        if (d != null) return d.name;
        if (Type.prune(target) instanceof Type.Con c) return c.name();
        throw new CompileError(pos, "The type '" + TypePrinter.print(target) + "' cannot be tested for: name a type");
    }

    /** The type a {@code :? T} pattern tests for, to bind {@code as x} to. */
    Type testedType(Pattern.TypeTest t) {
        return tc.declarations.typeExpr(new TypeExpr.Named(t.pos(), t.type(), List.of()), new HashMap<>(), false);
    }

    /** {@code :? T} on a value of an interface type: its view's type number is T's; object matches the object. */
    CPat typeTest(Type scrutinee, Type target, CPat object, Pos pos) {
        if (isBoxed(scrutinee)) {
            CPat test = new CPat.TypeTest(objectTypeName(target, pos));
            return object instanceof CPat.Bind b ? new CPat.Bind(b.var(), test) : test;
        }
        if (tc.classes.find(Builtins.declOf(scrutinee)) != null) {
            CPat test = new CPat.TypeTest(tc.classes.runtimeNames(classOf(target, pos)));
            return object instanceof CPat.Bind b ? new CPat.Bind(b.var(), test) : test;
        }
        TypeDecl.Record iface = interfaceOf(scrutinee, pos);
        return new CPat.Record(List.of(typeField(iface), objectField(iface)),
                List.of(new CPat.Lit((long) typeNumber(target, pos), Type.INT), object));
    }

    private TypeDecl classOf(Type t, Pos pos) {
        TypeDecl d = Builtins.declOf(t);
        if (tc.classes.find(d) == null) throw new CompileError(pos, "The type '" + TypePrinter.print(t) + "' is not a class: a class's object can be tested only for its classes");
        return d;
    }

    /** The type number of a script's type, given on first use to one that implements no interface yet (then no view has it). */
    private int typeNumber(Type t, Pos pos) {
        TypeDecl d = Builtins.declOf(t);
        if (d == null) throw new CompileError(pos, "Type tests (:?) are supported for types the script declares; '" + TypePrinter.print(t) + "' is not one");
        if (d.typeId < 0) d.typeId = typeNumbers++;
        return d.typeId;
    }

    /** {@code { new I with member … }}: a view of I whose slots are the members, closing over the scope. */
    Core objectExpression(Expr.ObjectExpr e, Scope scope) {
        Type viewType = tc.declarations.typeExpr(e.type(), new HashMap<>(), false);
        if (EnumerationObjects.implemented(viewType)) return enumerations.objectExpression(e, viewType, scope);
        if (ObjectOverriding.isObject(viewType)) return tc.objectOverriding.object(e, viewType, scope);
        TypeDecl.Record iface = interfaceOf(viewType, e.pos());
        List<Decl.Member> members = new ArrayList<>();
        for (Decl.TypeItem item : e.items()) {
            if (!(item instanceof Decl.Member m) || m.isStatic()) {
                throw new CompileError(item.pos(), "An object expression may only hold the members of its one interface");
            }
            if (tc.userMembers.find(iface, m.name(), false) == null) {
                throw new CompileError(m.pos(), "The interface '" + iface.name + "' has no member '" + m.name() + "' to implement");
            }
            members.add(m);
        }
        List<Core> fields = new ArrayList<>();
        for (UserMember slot : slots(iface)) {
            Decl.Member m = members.stream().filter(x -> x.name().equals(slot.name)).findFirst()
                    .orElseThrow(() -> missing(slot, iface, viewType, e.pos()));
            Var self = new Var(m.self() == null || m.self().equals("_") ? "this" : m.self(), viewType, false);
            Scope inner = scope.child();
            if (m.self() != null && !m.self().equals("_")) inner.define(m.self(), new Entry.Value(self, Scheme.mono(viewType)));
            List<Pattern> params = TypeMembers.flatten(m.params(), new ArrayList<>());
            Type expected = slotType(slot, iface, ((Type.Con) Type.prune(viewType)).args());
            Core.Lambda fn = tc.typeMembers.function(m, self, params, inner, new HashMap<>(), iface.name + "." + m.name(), expected);
            unify(expected, fn.type(), m.pos());
            fields.add(fn);
        }
        fields.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        fields.add(new Core.Lit(-1L, Type.INT));
        return new Core.Record(iface, fields, viewType, e.pos());
    }
}
