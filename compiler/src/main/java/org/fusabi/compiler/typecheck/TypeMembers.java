package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import org.fusabi.compiler.types.Unifier;

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
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.Unit;

/**
 * The members of the types one {@code type … and …} declares, and its classes. Each member is a global function
 * taking the object first ({@link UserMember}); a class is a record of its constructor's parameters and its
 * {@code let} values, built by its constructor, which runs its {@code let} and {@code do} bindings in order; a class's
 * {@code let}-bound functions take the object first like members. All the members of the group are checked together,
 * as one {@code let rec} (they may use each other and the constructors), then generalised; then each interface a
 * type implements gets its implementation ({@link Interfaces}). What they bind wraps the rest of the program.
 */
final class TypeMembers {
    private final TypeChecker tc;
    private final ClassConstructors constructors;

    TypeMembers(TypeChecker tc) {
        this.tc = tc;
        this.constructors = new ClassConstructors(tc, this);
    }

    /** {@code { … }} ending a class's {@code new}. */
    Core objectInit(Expr.ObjectInit o, Scope scope) {
        return constructors.objectInit(o, scope);
    }

    static TypeDecl declared(TypeDecl d, TypeDecl.Form form) {
        d.form = form;
        return d;
    }

    /** The functions a group's members compile to, and the globals holding its interface implementations. */
    record Bindings(List<Var> functions, List<Core.Lambda> lambdas, List<Var> globals, List<Core> values) {
        Core around(Core rest) {
            Core out = rest;
            for (int k = globals.size() - 1; k >= 0; k--) out = new Core.Let(globals.get(k), values.get(k), out, out.type());
            return functions.isEmpty() ? out : new Core.LetRec(functions, lambdas, out, out.type());
        }
    }

    /** A class's field or let-bound function, as its own code sees it by name. */
    record ClassName(String name, int field, Var function) {
        Entry entry(Var self, TypeDecl.Record owner) {
            return new Entry.ClassMember(self, owner, field, function);
        }
    }

    /** A member's syntax and what it declares; hidden when it implements an interface (callable only through it). */
    record Pending(Decl.Member syntax, UserMember member, List<Pattern> params) {}

    /** One type of the group while its members are checked. */
    static final class Shape {
        final TypeDecl decl;
        final Decl.TypeDef def;
        final String prefix;
        final Map<String, Type.Var> tvars = new HashMap<>();
        final Type self;
        final List<Pending> members = new ArrayList<>();
        final Map<Decl.InterfaceImpl, List<UserMember>> implementations = new HashMap<>();
        final List<ClassName> names = new ArrayList<>();
        /** A class's hierarchy and virtual members, or null for other types. */
        final Classes.Info info;
        /** The fields a class's declarations make, by declaration (a let, a val, a member val) or name (a constructor parameter). */
        final Map<Object, Integer> fields = new IdentityHashMap<>();
        /** What a class's code sees besides the group: its static lets and fields. */
        Scope statics;
        /** A class's constructors: the primary one (if any) first, then each {@code new}, in order. */
        final List<UserMember> constructors = new ArrayList<>();

        Shape(TypeChecker tc, TypeDecl decl, Decl.TypeDef def, String prefix) {
            this.decl = decl;
            this.def = def;
            this.prefix = prefix;
            List<Type> args = new ArrayList<>();
            for (int k = 0; k < decl.params.size(); k++) {
                Type.Var v = new Type.Var(tc.level);
                tvars.put(def.typeParams().get(k), v);
                args.add(v);
            }
            self = Builtins.typeOf(decl, args);
            info = tc.classes.find(decl);
        }

        String qualified(String member) {
            return decl.name + "." + member;
        }

        /** Whether the definition is a class's own (not an extension adding members to one). */
        boolean definesClass() {
            return info != null && def.body() instanceof Decl.ClassBody;
        }

        /** The name {@code type C() as self} gives the object, or null. */
        String classSelf() {
            return def.body() instanceof Decl.ClassBody c ? c.self() : null;
        }

        /**
         * The scope of code that runs with self as the object: a class's fields and let-bound functions by name, the
         * object by the member's name for it and the class's ({@code as self}).
         */
        Scope scope(Scope outer, Var self, String selfName, int visibleNames) {
            Scope scope = (statics != null ? statics : outer).child();
            if (decl instanceof TypeDecl.Record rec && decl.form == TypeDecl.Form.CLASS) {
                for (ClassName n : names.subList(0, visibleNames)) scope.define(n.name, n.entry(self, rec));
            }
            for (String name : java.util.Arrays.asList(classSelf(), selfName)) {
                if (name != null && !name.equals("_")) scope.define(name, new Entry.Value(self, Scheme.mono(self.type)));
            }
            return scope;
        }
    }

    /** Checks the members of a group whose types are declared; null when none of them has members. */
    Bindings check(Decl.Types types, Scope scope, String prefix) {
        List<Shape> shapes = new ArrayList<>();
        tc.level++;
        for (Decl.TypeDef def : types.defs()) {
            if (tc.names.typeNames.get(def.name()) instanceof TypeDecl d && (d.form != TypeDecl.Form.DATA || !def.items().isEmpty())) {
                shapes.add(new Shape(tc, d, def, prefix));
            }
        }
        if (shapes.isEmpty()) {
            tc.level--;
            return null;
        }
        Bindings out = new Bindings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Scope typeScope = scope.child();
        for (Shape s : shapes) if (s.decl.form == TypeDecl.Form.INTERFACE) tc.interfaces.declareSlots(s.decl, s.def, s.tvars);
        for (Shape s : ClassConstructors.baseFirst(shapes, tc.classes)) if (s.definesClass()) constructors.layout(s, typeScope, out);
        for (Shape s : shapes) if (s.decl.form != TypeDecl.Form.INTERFACE) declare(s, typeScope, out);
        for (Shape s : ClassConstructors.baseFirst(shapes, tc.classes)) if (s.definesClass()) constructors.check(s, typeScope, out);
        for (Shape s : shapes) for (Pending p : s.members) member(s, p, typeScope, out);
        tc.level--;
        for (Shape s : shapes) finish(s, scope);
        for (Shape s : shapes) {
            for (Map.Entry<Decl.InterfaceImpl, List<UserMember>> impl : s.implementations.entrySet()) {
                tc.interfaces.implement(s.decl, impl.getKey(), impl.getValue(), out);
            }
        }
        return out;
    }

    /** Declares a type's members as globals whose types the bodies will fix. */
    private void declare(Shape s, Scope typeScope, Bindings out) {
        for (Decl.TypeItem item : s.def.items()) {
            switch (item) {
                case Decl.Member m when m.override() && s.info != null && s.info.slots.containsKey(m.name()) -> implementation(s, m, out);
                case Decl.Member m -> tc.userMembers.add(s.decl, pending(s, m, out));
                case Decl.InterfaceImpl impl -> {
                    tc.interfaces.declareImplementation(s.decl, impl, s.prefix);
                    List<UserMember> implemented = new ArrayList<>();
                    for (Decl.TypeItem m : impl.members()) implemented.add(implementing(s, impl, pending(s, (Decl.Member) m, out), m.pos()));
                    s.implementations.put(impl, implemented);
                }
                default -> {
                    if (s.decl.form != TypeDecl.Form.CLASS) throw new CompileError(item.pos(), "Only classes may have 'let', 'do', 'val', 'new', 'inherit', 'abstract' and 'member val' declarations");
                }
            }
        }
    }

    /**
     * A member implementing an interface's, given the slot's type before its body is checked (so its parameters'
     * types are known there, as F# infers them from the interface).
     */
    private UserMember implementing(Shape s, Decl.InterfaceImpl impl, UserMember member, Pos pos) {
        Type view = tc.declarations.typeExpr(impl.type(), s.tvars, false);
        TypeDecl iface = Builtins.declOf(view);
        List<UserMember> slots = iface == null ? null : tc.userMembers.find(iface, member.name, false);
        if (slots != null && slots.getFirst().slot >= 0 && Type.prune(view) instanceof Type.Con c) {
            Type expected = Interfaces.slotType(slots.getFirst(), iface, c.args());
            Unifier.tryUnify(((Type.Fun) Type.prune(expected)).to(), ((Type.Fun) Type.prune(member.function.type)).to());
        }
        return member;
    }

    /**
     * {@code default} or {@code override} of a virtual member: a function of the class that its objects run for the
     * member, of the member's type, not callable by name (a call reads the object's field).
     */
    private void implementation(Shape s, Decl.Member m, Bindings out) {
        UserMember member = pending(s, m, out);
        member.owner = s.decl;
        UserMember slot = s.info.slots.get(m.name());
        Type.Con ancestor = (Type.Con) tc.classes.ancestorType(s.self, slot.owner);
        Type expected = Interfaces.slotType(slot, slot.owner, ancestor.args());
        unify(((Type.Fun) Type.prune(expected)).to(), ((Type.Fun) Type.prune(member.function.type)).to(), m.pos());
        s.info.implementations.put(m.name(), member);
    }

    UserMember pending(Shape s, Decl.Member m, Bindings out) {
        List<Integer> groups = new ArrayList<>();
        List<Pattern> params = flatten(m.params(), groups);
        if (m.name().equals(UserMembers.CONSTRUCTOR)) throw new CompileError(m.pos(), "'new' is not a member name");
        Var fn = global(s, s.qualified(m.name()), functionType(m.isStatic() ? null : s.self, params.size(), m.isStatic() && params.isEmpty()), out);
        UserMember member = new UserMember(m.name(), m.isStatic(), groups, fn);
        member.parameters = parameterNames(m.params());
        if (m.setter() != null) {
            Type value = Type.UNIT;
            for (int k = 0; k <= flatten(m.setter().index(), new ArrayList<>()).size(); k++) value = new Type.Fun(new Type.Var(tc.level), value);
            member.setter = global(s, s.qualified(m.name()) + ".set", m.isStatic() ? value : new Type.Fun(s.self, value), out);
        }
        s.members.add(new Pending(m, member, params));
        return member;
    }

    Var global(Shape s, String name, Type type, Bindings out) {
        Var v = tc.newVar(name, type, false, true, s.prefix);
        out.functions.add(v);
        out.lambdas.add(null);
        return v;
    }

    /** The type of a function taking self (when not null) and n parameters, each of a type still open; a static property takes (). */
    Type functionType(Type self, int params, boolean staticProperty) {
        Type t = new Type.Var(tc.level);
        for (int k = 0; k < params; k++) t = new Type.Fun(new Type.Var(tc.level), t);
        if (staticProperty) t = new Type.Fun(Type.UNIT, t);
        return self == null ? t : new Type.Fun(self, t);
    }

    /** A member's parameters as its function takes them: a tupled group {@code (a, b)} gives one per item. */
    static List<Pattern> flatten(List<Pattern> params, List<Integer> groups) {
        List<Pattern> out = new ArrayList<>();
        for (Pattern p : params) {
            List<Pattern> items = p instanceof Pattern.Tuple t ? t.items() : List.of(p);
            for (Pattern item : items) out.add(optionInside(item));
            groups.add(items.size());
        }
        return out;
    }

    /** An optional parameter {@code ?z: int} as its function takes it: {@code z: int option}. */
    private static Pattern optionInside(Pattern p) {
        return switch (p) {
            case Pattern.Typed t when t.pattern() instanceof Pattern.Optional o -> new Pattern.Typed(t.pos(), new Pattern.Var(o.pos(), o.name()),
                    new TypeExpr.Named(t.pos(), "option", List.of(t.type())));
            case Pattern.Optional o -> new Pattern.Typed(o.pos(), new Pattern.Var(o.pos(), o.name()),
                    new TypeExpr.Named(o.pos(), "option", List.of(new TypeExpr.Named(o.pos(), "_", List.of()))));
            default -> p;
        };
    }

    /** The names of a member's first group of parameters, an optional one's with its '?' ({@code ?z}); null for a pattern. */
    static List<String> parameterNames(List<Pattern> params) {
        if (params.isEmpty()) return List.of();
        List<String> names = new ArrayList<>();
        for (Pattern p : params.getFirst() instanceof Pattern.Tuple t ? t.items() : List.of(params.getFirst())) {
            Pattern bare = p instanceof Pattern.Typed t ? t.pattern() : p;
            names.add(bare instanceof Pattern.Var v ? v.name() : bare instanceof Pattern.Optional o ? "?" + o.name() : null);
        }
        return names;
    }

    /**
     * A member's function: the object (self, unless static) then the flattened parameters, or () for a static
     * property; the body is checked in scope, where the object's fields and functions are.
     */
    Core.Lambda function(Decl.Member m, Var self, List<Pattern> params, Scope scope, Map<String, Type.Var> tvars, String name, Type expected) {
        List<Pattern> taken = self == null && params.isEmpty() ? List.of(new Pattern.Const(m.pos(), Unit.VALUE)) : params;
        Type rest = afterSelf(self, expected);
        // The result type known beforehand (an interface's slot) checks the body, so a mismatch is reported there.
        Type ret = m.returnType() != null ? tc.declarations.typeExpr(m.returnType(), tvars, false) : result(rest, taken.size());
        Core.Lambda inner = tc.lambda(taken, m.body(), ret, tvars, scope, name, m.pos(), rest);
        return withSelf(self, inner, name, m.pos());
    }

    /** The result of a function type after n parameters, or null when it has fewer. */
    private static Type result(Type fn, int n) {
        Type t = fn;
        for (int k = 0; k < n; k++) {
            if (!(Type.prune(t) instanceof Type.Fun f)) return null;
            t = f.to();
        }
        return t;
    }

    /** What a function taking self first expects of the rest of its parameters. */
    static Type afterSelf(Var self, Type expected) {
        return self != null && Type.prune(expected) instanceof Type.Fun f ? f.to() : expected;
    }

    static Core.Lambda withSelf(Var self, Core.Lambda inner, String name, Pos pos) {
        if (self == null) return new Core.Lambda(inner.params(), inner.body(), inner.type(), name, pos);
        List<Var> params = new ArrayList<>(List.of(self));
        params.addAll(inner.params());
        return new Core.Lambda(params, inner.body(), new Type.Fun(self.type, inner.type()), name, pos);
    }

    private void member(Shape s, Pending p, Scope typeScope, Bindings out) {
        Decl.Member m = p.syntax();
        Var self = m.isStatic() ? null : new Var(m.self() == null || m.self().equals("_") ? "this" : m.self(), s.self, false);
        Scope scope = m.isStatic() ? (s.statics != null ? s.statics : typeScope) : s.scope(typeScope, self, m.self(), s.names.size());
        Var base = base(s, self, scope);
        Core.Lambda fn = aliased(s, base, self, function(m, self, p.params(), scope, s.tvars, s.qualified(m.name()), p.member().function.type));
        define(p.member().function, fn, m.pos(), out);
        if (m.setter() != null) {
            Decl.Setter set = m.setter();
            String name = s.qualified(m.name()) + ".set";
            List<Pattern> params = flatten(set.index(), new ArrayList<>());
            int indexes = params.size();
            params.add(set.param());
            Core.Lambda inner = tc.lambda(params, set.body(), Type.UNIT, s.tvars, scope, name, set.pos(), afterSelf(self, p.member().setter.type));
            Type got = result(afterSelf(self, fn.type()), m.isStatic() ? 1 : p.params().size());
            unify(got, ((Type.Fun) Type.prune(result(inner.type(), indexes))).from(), set.pos());
            define(p.member().setter, aliased(s, base, self, withSelf(self, inner, name, set.pos())), set.pos(), out);
        }
    }

    /**
     * In a derived class's member, {@code base}: the object as its base class, whose virtual members it calls
     * without dispatch ({@code base.M()} runs the base's M); null elsewhere.
     */
    private Var base(Shape s, Var self, Scope scope) {
        if (self == null || s.info == null || s.info.base == null) return null;
        Var base = new Var("base", s.info.baseType, false);
        tc.classes.markBase(base, s.info.base);
        scope.define("base", new Entry.Value(base, Scheme.mono(base.type)));
        return base;
    }

    /** fn with base bound to its object, after the check that the object is initialised when its class asks for one. */
    private Core.Lambda aliased(Shape s, Var base, Var self, Core.Lambda fn) {
        if (self == null) return fn;
        Core body = tc.classes.checkInitialized(s.info, self, fn.body(), fn.pos(), tc);
        if (base != null) body = new Core.Let(base, new Core.Ref(self, self.type, fn.pos()), body, body.type());
        return new Core.Lambda(fn.params(), body, fn.type(), fn.name(), fn.pos());
    }

    /** Gives a declared function its body. */
    static void define(Var v, Core.Lambda fn, Pos pos, Bindings out) {
        unify(v.type, fn.type(), pos);
        v.function = fn;
        out.lambdas.set(out.functions.indexOf(v), fn);
    }

    /** After the group: each member generalised, the constructor in scope by the class's name, field types in the type's parameters. */
    private void finish(Shape s, Scope scope) {
        // the group's own members: an extension's type has members generalised before
        for (Pending p : s.members) p.member().scheme = tc.generalize(p.member().function.type);
        for (UserMember c : s.constructors) c.scheme = tc.generalize(c.function.type);
        for (List<UserMember> implemented : s.implementations.values()) {
            for (UserMember m : implemented) m.scheme = tc.generalize(m.function.type);
        }
        for (Pending p : s.members) {
            if (p.member().setter != null) p.member().setterScheme = tc.generalize(p.member().setter.type);
        }
        if (!s.constructors.isEmpty()) {
            Var first = s.constructors.getFirst().function;
            Entry ctor = new Entry.Value(first, tc.generalize(first.type));
            scope.define(s.decl.name, ctor);
            if (!s.prefix.isEmpty()) tc.names.module(s.prefix).members().put(s.decl.name, ctor);
        }
        if (s.decl instanceof TypeDecl.Record rec && s.decl.form == TypeDecl.Form.CLASS) {
            Map<Type.Var, Type> params = new HashMap<>();
            for (int k = 0; k < s.decl.params.size(); k++) params.put(s.tvars.get(s.def.typeParams().get(k)), s.decl.params.get(k));
            rec.fieldTypes.replaceAll(t -> Scheme.substitute(t, params));
            if (s.info.baseType != null) s.info.baseType = Scheme.substitute(s.info.baseType, params);
        }
    }

    /** A class's field or let-bound function read by name in its own code. */
    Core read(Entry.ClassMember m, Pos pos) {
        Core self = new Core.Ref(m.self(), m.self().type, pos);
        if (m.function() != null) {
            Type.Fun f = (Type.Fun) Type.prune(m.function().type);
            return new Core.App(new Core.Ref(m.function(), m.function().type, pos), List.of(self), f.to(), pos);
        }
        Type.Con instance = (Type.Con) Type.prune(m.self().type);
        return new Core.GetField(self, m.field(), MemberChecker.fieldType(m.owner(), instance, m.field()), pos);
    }

    /** {@code n <- e} in a class's own code, n a {@code let mutable} field. */
    Core assign(Entry.ClassMember m, String name, Expr value, Scope scope, Pos pos) {
        if (m.function() != null || !m.owner().mutable.get(m.field())) {
            throw new CompileError(pos, "This value is not mutable. Consider using the mutable keyword, e.g. 'let mutable " + name + " = expression'.");
        }
        Core get = read(m, pos);
        return new Core.SetField(new Core.Ref(m.self(), m.self().type, pos), m.field(), tc.check(value, get.type(), scope), Type.UNIT, pos);
    }
}
