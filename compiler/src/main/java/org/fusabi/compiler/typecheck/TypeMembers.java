package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
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

    TypeMembers(TypeChecker tc) {
        this.tc = tc;
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
    private record ClassName(String name, int field, Var function) {
        Entry entry(Var self, TypeDecl.Record owner) {
            return new Entry.ClassMember(self, owner, field, function);
        }
    }

    /** A member's syntax and what it declares; hidden when it implements an interface (callable only through it). */
    private record Pending(Decl.Member syntax, UserMember member, List<Pattern> params) {}

    /** One type of the group while its members are checked. */
    private final class Shape {
        final TypeDecl decl;
        final Decl.TypeDef def;
        final String prefix;
        final Map<String, Type.Var> tvars = new HashMap<>();
        final Type self;
        final List<Pending> members = new ArrayList<>();
        final Map<Decl.InterfaceImpl, List<UserMember>> implementations = new HashMap<>();
        final List<ClassName> names = new ArrayList<>();
        Var constructor;

        Shape(TypeDecl decl, Decl.TypeDef def, String prefix) {
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
        }

        String qualified(String member) {
            return decl.name + "." + member;
        }

        /** The scope of code that runs with self as the object: a class's fields and let-bound functions by name. */
        Scope scope(Scope outer, Var self, String selfName, int visibleNames) {
            Scope scope = outer.child();
            if (decl instanceof TypeDecl.Record rec && decl.form == TypeDecl.Form.CLASS) {
                for (ClassName n : names.subList(0, visibleNames)) scope.define(n.name, n.entry(self, rec));
            }
            if (selfName != null && !selfName.equals("_")) scope.define(selfName, new Entry.Value(self, Scheme.mono(self.type)));
            return scope;
        }
    }

    /** Checks the members of a group whose types are declared; null when none of them has members. */
    Bindings check(Decl.Types types, Scope scope, String prefix) {
        List<Shape> shapes = new ArrayList<>();
        tc.level++;
        for (Decl.TypeDef def : types.defs()) {
            if (tc.names.typeNames.get(def.name()) instanceof TypeDecl d && (d.form != TypeDecl.Form.DATA || !def.items().isEmpty())) {
                shapes.add(new Shape(d, def, prefix));
            }
        }
        if (shapes.isEmpty()) {
            tc.level--;
            return null;
        }
        Bindings out = new Bindings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Scope typeScope = scope.child();
        for (Shape s : shapes) if (s.decl.form == TypeDecl.Form.INTERFACE) tc.interfaces.declareSlots(s.decl, s.def, s.tvars);
        for (Shape s : shapes) if (s.decl.form != TypeDecl.Form.INTERFACE) declare(s, typeScope, out);
        for (Shape s : shapes) {
            if (s.def.body() instanceof Decl.ClassBody body && body.constructor() != null) constructor(s, body, typeScope, out);
        }
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

    /** Declares a type's members (and a class's constructor) as globals whose types the bodies will fix. */
    private void declare(Shape s, Scope typeScope, Bindings out) {
        if (s.def.body() instanceof Decl.ClassBody body && body.constructor() != null) {
            List<Integer> groups = new ArrayList<>();
            List<Pattern> params = flatten(List.of(body.constructor()), groups);
            s.constructor = global(s, s.decl.name, functionType(null, params.size(), false), out);
            typeScope.define(s.decl.name, new Entry.Value(s.constructor, Scheme.mono(s.constructor.type)));
            tc.userMembers.add(s.decl, new UserMember(UserMembers.CONSTRUCTOR, true, groups, s.constructor));
        }
        for (Decl.TypeItem item : s.def.items()) {
            switch (item) {
                case Decl.Member m -> tc.userMembers.add(s.decl, pending(s, m, out));
                case Decl.InterfaceImpl impl -> {
                    tc.interfaces.declareImplementation(s.decl, impl, s.prefix);
                    List<UserMember> implemented = new ArrayList<>();
                    for (Decl.Member m : impl.members()) implemented.add(pending(s, m, out));
                    s.implementations.put(impl, implemented);
                }
                case Decl.AbstractMember a -> throw new CompileError(a.pos(), "Abstract members are supported only in interfaces: a class with abstract members needs inheritance, which is not supported");
                default -> {
                    if (s.decl.form != TypeDecl.Form.CLASS) throw new CompileError(item.pos(), "Only classes may have 'let', 'do' and 'member val' bindings");
                }
            }
        }
    }

    private UserMember pending(Shape s, Decl.Member m, Bindings out) {
        List<Integer> groups = new ArrayList<>();
        List<Pattern> params = flatten(m.params(), groups);
        if (m.name().equals(UserMembers.CONSTRUCTOR)) throw new CompileError(m.pos(), "'new' is not a member name");
        Var fn = global(s, s.qualified(m.name()), functionType(m.isStatic() ? null : s.self, params.size(), m.isStatic() && params.isEmpty()), out);
        UserMember member = new UserMember(m.name(), m.isStatic(), groups, fn);
        if (m.setter() != null) {
            if (m.isStatic()) throw new CompileError(m.pos(), "Static properties with setters are not supported");
            member.setter = global(s, s.qualified(m.name()) + ".set", Type.fun(s.self, new Type.Var(tc.level), Type.UNIT), out);
        }
        s.members.add(new Pending(m, member, params));
        return member;
    }

    private Var global(Shape s, String name, Type type, Bindings out) {
        Var v = tc.newVar(name, type, false, true, s.prefix);
        out.functions.add(v);
        out.lambdas.add(null);
        return v;
    }

    /** The type of a function taking self (when not null) and n parameters, each of a type still open; a static property takes (). */
    private Type functionType(Type self, int params, boolean staticProperty) {
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
            out.addAll(items);
            groups.add(items.size());
        }
        return out;
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
    private static Type afterSelf(Var self, Type expected) {
        return self != null && Type.prune(expected) instanceof Type.Fun f ? f.to() : expected;
    }

    private static Core.Lambda withSelf(Var self, Core.Lambda inner, String name, Pos pos) {
        if (self == null) return new Core.Lambda(inner.params(), inner.body(), inner.type(), name, pos);
        List<Var> params = new ArrayList<>(List.of(self));
        params.addAll(inner.params());
        return new Core.Lambda(params, inner.body(), new Type.Fun(self.type, inner.type()), name, pos);
    }

    private void member(Shape s, Pending p, Scope typeScope, Bindings out) {
        Decl.Member m = p.syntax();
        Var self = m.isStatic() ? null : new Var(m.self() == null || m.self().equals("_") ? "this" : m.self(), s.self, false);
        Scope scope = m.isStatic() ? typeScope : s.scope(typeScope, self, m.self(), s.names.size());
        Core.Lambda fn = function(m, self, p.params(), scope, s.tvars, s.qualified(m.name()), p.member().function.type);
        define(p.member().function, fn, m.pos(), out);
        if (m.setter() != null) {
            Decl.Setter set = m.setter();
            String name = s.qualified(m.name()) + ".set";
            Core.Lambda inner = tc.lambda(List.of(set.param()), set.body(), Type.UNIT, s.tvars, scope, name, set.pos(), afterSelf(self, p.member().setter.type));
            unify(((Type.Fun) Type.prune(fn.type())).to(), ((Type.Fun) Type.prune(inner.type())).from(), set.pos());
            define(p.member().setter, withSelf(self, inner, name, set.pos()), set.pos(), out);
        }
    }

    /** Gives a declared function its body. */
    private static void define(Var v, Core.Lambda fn, Pos pos, Bindings out) {
        unify(v.type, fn.type(), pos);
        v.function = fn;
        out.lambdas.set(out.functions.indexOf(v), fn);
    }

    /**
     * The constructor of a class: makes the object (its parameters in their fields), then runs the class's
     * {@code let} and {@code do} bindings in order, each {@code let} value stored in its field, and returns it.
     */
    private void constructor(Shape s, Decl.ClassBody body, Scope typeScope, Bindings out) {
        TypeDecl.Record rec = (TypeDecl.Record) s.decl;
        Pos pos = s.def.pos();
        Var object = new Var("this", s.self, false);
        List<Var> params = new ArrayList<>();
        List<Core> initial = new ArrayList<>();
        Scope paramScope = typeScope.child();
        for (Pattern p : flatten(List.of(body.constructor()), new ArrayList<>())) {
            Type t = new Type.Var(tc.level);
            Pattern bare = p;
            if (p instanceof Pattern.Typed typed) {
                unify(tc.declarations.typeExpr(typed.type(), s.tvars, false), t, typed.pos());
                bare = typed.pattern();
            }
            Var param = new Var(bare instanceof Pattern.Var v ? v.name() : "_p", t, false);
            params.add(param);
            switch (bare) {
                case Pattern.Var v -> {
                    paramScope.define(v.name(), new Entry.Value(param, Scheme.mono(t)));
                    s.names.add(new ClassName(v.name(), addField(rec, v.name(), t, false), null));
                    initial.add(new Core.Ref(param, t, v.pos()));
                }
                case Pattern.Const c when c.value() == Unit.VALUE -> unify(Type.UNIT, t, c.pos());
                case Pattern.Wild w -> { }
                default -> throw new CompileError(p.pos(), "A constructor parameter must be a name, optionally with its type: (name: type)");
            }
        }
        List<Core> steps = new ArrayList<>();
        for (Decl.TypeItem item : s.def.items()) {
            switch (item) {
                case Decl.LetItem let -> {
                    for (Expr.Binding b : let.bindings()) classLet(s, b, let.rec(), object, paramScope, steps, out);
                }
                case Decl.DoItem d -> steps.add(tc.check(d.body(), Type.UNIT, s.scope(paramScope, object, null, s.names.size())));
                case Decl.AutoProperty a -> {
                    Core init = tc.infer(a.init(), s.scope(paramScope, object, null, s.names.size()));
                    if (a.type() != null) unify(tc.declarations.typeExpr(a.type(), s.tvars, false), init.type(), a.init().pos());
                    int field = addField(rec, a.name(), init.type(), a.settable());
                    steps.add(new Core.SetField(new Core.Ref(object, s.self, a.pos()), field, init, Type.UNIT, a.pos()));
                    UserMember property = new UserMember(a.name(), false, List.of(), null);
                    property.field = field;
                    tc.userMembers.add(s.decl, property);
                }
                default -> { }
            }
        }
        for (int k = initial.size(); k < rec.fieldNames.size(); k++) initial.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        Core result = new Core.Ref(object, s.self, pos);
        for (int k = steps.size() - 1; k >= 0; k--) result = new Core.Seq(steps.get(k), result, s.self);
        Core made = new Core.Let(object, new Core.Record(rec, initial, s.self, pos), result, s.self);
        if (params.isEmpty()) params.add(new Var("_u", Type.UNIT, false));
        Type t = s.self;
        for (int k = params.size() - 1; k >= 0; k--) t = new Type.Fun(params.get(k).type, t);
        define(s.constructor, new Core.Lambda(params, made, t, s.decl.name, pos), pos, out);
    }

    /** A class's let binding: a function becomes one taking the object first; a value, a field the constructor sets. */
    private void classLet(Shape s, Expr.Binding b, boolean rec, Var object, Scope paramScope, List<Core> steps, Bindings out) {
        Pattern p = b.pattern() instanceof Pattern.Typed t ? t.pattern() : b.pattern();
        if (!(p instanceof Pattern.Var v)) throw new CompileError(b.pos(), "A class's let binding must bind a name: patterns are not supported here");
        TypeDecl.Record owner = (TypeDecl.Record) s.decl;
        if (!b.params().isEmpty()) {
            Var fn = global(s, s.qualified(v.name()), new Type.Fun(s.self, new Type.Var(tc.level)), out);
            ClassName name = new ClassName(v.name(), -1, fn);
            if (rec) s.names.add(name);
            Var self = new Var("this", s.self, false);
            Scope scope = s.scope(paramScope, self, null, s.names.size());
            Map<String, Type.Var> tvars = new HashMap<>(s.tvars);
            Type ret = b.returnType() == null ? null : tc.declarations.typeExpr(b.returnType(), tvars, false);
            Core.Lambda inner = tc.lambda(b.params(), b.body(), ret, tvars, scope, s.qualified(v.name()), b.pos(), afterSelf(self, fn.type));
            define(fn, withSelf(self, inner, s.qualified(v.name()), b.pos()), b.pos(), out);
            if (!rec) s.names.add(name);
            return;
        }
        Core value = tc.infer(b.body(), s.scope(paramScope, object, null, s.names.size()));
        if (b.returnType() != null) unify(tc.declarations.typeExpr(b.returnType(), s.tvars, false), value.type(), b.body().pos());
        if (b.pattern() instanceof Pattern.Typed t) unify(tc.declarations.typeExpr(t.type(), s.tvars, false), value.type(), b.pos());
        int field = addField(owner, v.name(), value.type(), b.mutable());
        s.names.add(new ClassName(v.name(), field, null));
        steps.add(new Core.SetField(new Core.Ref(object, s.self, b.pos()), field, value, Type.UNIT, b.pos()));
    }

    private static int addField(TypeDecl.Record rec, String name, Type type, boolean mutable) {
        rec.fieldNames.add(name);
        rec.fieldTypes.add(type);
        rec.mutable.add(mutable);
        return rec.fieldNames.size() - 1;
    }

    /** After the group: each member generalised, the constructor in scope by the class's name, field types in the type's parameters. */
    private void finish(Shape s, Scope scope) {
        for (List<UserMember> overloads : tc.userMembers.of(s.decl).values()) {
            for (UserMember m : overloads) if (m.function != null) m.scheme = tc.generalize(m.function.type);
        }
        for (List<UserMember> implemented : s.implementations.values()) {
            for (UserMember m : implemented) m.scheme = tc.generalize(m.function.type);
        }
        for (Pending p : s.members) {
            if (p.member().setter != null) p.member().setterScheme = tc.generalize(p.member().setter.type);
        }
        if (s.constructor != null) {
            Entry ctor = new Entry.Value(s.constructor, tc.generalize(s.constructor.type));
            scope.define(s.decl.name, ctor);
            if (!s.prefix.isEmpty()) tc.names.module(s.prefix).members().put(s.decl.name, ctor);
        }
        if (s.decl instanceof TypeDecl.Record rec && s.decl.form == TypeDecl.Form.CLASS) {
            Map<Type.Var, Type> params = new HashMap<>();
            for (int k = 0; k < s.decl.params.size(); k++) params.put(s.tvars.get(s.def.typeParams().get(k)), s.decl.params.get(k));
            rec.fieldTypes.replaceAll(t -> Scheme.substitute(t, params));
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
