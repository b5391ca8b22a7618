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
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.value.Unit;

/**
 * A class's fields and constructors. A class is a record: its base's fields first, then its primary constructor's
 * parameters, its {@code let} values, {@code member val}s, {@code val} fields and one field per virtual member
 * ({@link Classes}). Each constructor is two functions: one initialising an object already made, and the one a
 * script calls, which makes the object (its virtual members' implementations and zeroed fields in place, unit in
 * the others) and initialises it. The primary constructor's initialiser runs the base's, stores its parameters,
 * then runs the class's {@code let} and {@code do} bindings in order; a {@code new}'s runs the constructor its body
 * calls ({@code MyClass(x, 0)}), or sets the fields its {@code { field = e }} gives (and runs the base's it names
 * in {@code { inherit Base(args); … }}), then its {@code then}. A derived class's constructor so initialises its
 * object with its base's code. Static {@code let}, {@code do}, {@code val} and {@code member val} are globals,
 * run where the type is declared.
 */
final class ClassConstructors {
    private final TypeChecker tc;
    private final TypeMembers members;
    /** The class whose {@code new} is being checked, and its object: what {@code { field = e }} sets; null elsewhere. */
    private TypeMembers.Shape constructing;
    private Var object;

    ClassConstructors(TypeChecker tc, TypeMembers members) {
        this.tc = tc;
        this.members = members;
    }

    /** The shapes with each class after its base, so a base's fields are laid out before its derived class's. */
    static List<TypeMembers.Shape> baseFirst(List<TypeMembers.Shape> shapes, Classes classes) {
        List<TypeMembers.Shape> out = new ArrayList<>();
        while (out.size() < shapes.size()) {
            for (TypeMembers.Shape s : shapes) {
                if (out.contains(s)) continue;
                boolean ready = shapes.stream().noneMatch(o -> o != s && !out.contains(o) && inherits(s, o));
                if (ready) out.add(s);
            }
        }
        return out;
    }

    private static boolean inherits(TypeMembers.Shape s, TypeMembers.Shape base) {
        return s.def.items().stream().anyMatch(i -> i instanceof Decl.Inherit in && in.base() instanceof TypeExpr.Named n
                && n.name().equals(base.def.name()));
    }

    /** A class's fields, virtual members and constructors, declared before any code of the group is checked. */
    void layout(TypeMembers.Shape s, Scope typeScope, TypeMembers.Bindings out) {
        TypeDecl.Record rec = (TypeDecl.Record) s.decl;
        Pattern primary = s.def.body() instanceof Decl.ClassBody c ? c.constructor() : null;
        for (Decl.TypeItem item : s.def.items()) if (item instanceof Decl.Inherit in) inherit(s, in);
        if (primary != null) {
            for (Pattern p : TypeMembers.flatten(List.of(primary), new ArrayList<>())) {
                if (bare(p) instanceof Pattern.Var v) s.fields.put(v.name(), addField(rec, v.name(), new Type.Var(tc.level), false));
            }
        }
        for (Decl.TypeItem item : s.def.items()) {
            switch (item) {
                case Decl.LetItem let when !let.isStatic() -> {
                    for (Expr.Binding b : let.bindings()) {
                        if (b.params().isEmpty() && bare(b.pattern()) instanceof Pattern.Var v) {
                            s.fields.put(b, addField(rec, v.name(), new Type.Var(tc.level), b.mutable()));
                        }
                    }
                }
                case Decl.AutoProperty a when !a.isStatic() -> {
                    UserMember property = new UserMember(a.name(), false, List.of(), null);
                    property.field = addField(rec, a.name(), new Type.Var(tc.level), a.settable());
                    s.fields.put(a, property.field);
                    tc.userMembers.add(s.decl, property);
                }
                case Decl.ValField v when !v.isStatic() -> valField(s, v, primary != null);
                case Decl.AbstractMember a -> {
                    Map<Type.Var, Type> params = new HashMap<>();
                    for (int k = 0; k < s.decl.params.size(); k++) params.put(s.tvars.get(s.def.typeParams().get(k)), s.decl.params.get(k));
                    UserMember slot = tc.interfaces.abstractSlot(s.decl, a, s.tvars, s.self, params);
                    slot.vslot = addField(rec, a.name(), slot.scheme.body(), false);
                    tc.userMembers.add(s.decl, slot);
                    s.info.slots.put(a.name(), slot);
                }
                default -> { }
            }
        }
        if (primary != null && s.classSelf() != null) {
            s.info.initialized = addField(rec, "init@", Type.BOOL, true);
            s.info.zeros.put(s.info.initialized, new Core.Lit(false, Type.BOOL));
        }
        if (primary != null) declareConstructor(s, primary, typeScope, out);
        for (Decl.TypeItem item : s.def.items()) if (item instanceof Decl.Constructor c) declareConstructor(s, c.params(), typeScope, out);
    }

    /** {@code inherit Base(…)}: the object starts with the base's fields, and its virtual members are the base's. */
    private void inherit(TypeMembers.Shape s, Decl.Inherit in) {
        if (s.info.base != null) throw new CompileError(in.pos(), "A class can inherit only one class");
        Type baseType = tc.declarations.typeExpr(in.base(), s.tvars, false);
        Classes.Info base = tc.classes.find(Builtins.declOf(baseType));
        if (base == null) throw new CompileError(in.pos(), "The type '" + TypePrinter.print(baseType) + "' is not a class, so it cannot be inherited");
        s.info.base = base.decl;
        s.info.baseType = baseType;
        TypeDecl.Record rec = (TypeDecl.Record) s.decl;
        for (int k = 0; k < base.decl.fieldNames.size(); k++) {
            // Only the base's code reads these, at its own types.
            addField(rec, base.decl.fieldNames.get(k), new Type.Var(Integer.MAX_VALUE), base.decl.mutable.get(k));
        }
        s.info.slots.putAll(base.slots);
        s.info.implementations.putAll(base.implementations);
    }

    /** {@code val x : T}: a field the constructors set; with {@code [<DefaultValue>]} it starts at T's zero. */
    private void valField(TypeMembers.Shape s, Decl.ValField v, boolean hasPrimary) {
        Type t = tc.declarations.typeExpr(v.type(), s.tvars, false);
        UserMember field = new UserMember(v.name(), false, List.of(), null);
        field.field = addField((TypeDecl.Record) s.decl, v.name(), t, v.mutable());
        s.fields.put(v, field.field);
        tc.userMembers.add(s.decl, field);
        if (v.defaultValue()) {
            s.info.zeros.put(field.field, zero(t));
        } else if (hasPrimary) {
            throw new CompileError(v.pos(), "Uninitialized 'val' fields must be mutable and marked with the '[<DefaultValue>]' attribute. Consider using a 'let' binding instead of a 'val' field.");
        }
    }

    /** The value a {@code [<DefaultValue>]} field starts with: a number's zero, false, '\0'; unit stands for null. */
    private static Core zero(Type t) {
        Type p = Type.prune(t);
        if (p.equals(Type.INT)) return new Core.Lit(0L, t);
        if (p.equals(Type.FLOAT)) return new Core.Lit(0.0, t);
        if (p.equals(Type.BOOL)) return new Core.Lit(false, t);
        if (p.equals(Type.CHAR)) return new Core.Lit('\0', t);
        String numeric = NumericTypes.name(p);
        if (numeric != null && NumericTypes.isNumeric(numeric)) return new Core.Lit(NumericTypes.zero(numeric), t);
        return new Core.Lit(Unit.VALUE, Type.UNIT);
    }

    private static Pattern bare(Pattern p) {
        return p instanceof Pattern.Typed t ? t.pattern() : p;
    }

    static int addField(TypeDecl.Record rec, String name, Type type, boolean mutable) {
        rec.fieldNames.add(name);
        rec.fieldTypes.add(type);
        rec.mutable.add(mutable);
        return rec.fieldNames.size() - 1;
    }

    /** A constructor's two functions, the first one also the class's name as a value. */
    private void declareConstructor(TypeMembers.Shape s, Pattern params, Scope typeScope, TypeMembers.Bindings out) {
        List<Integer> groups = new ArrayList<>();
        int n = TypeMembers.flatten(List.of(params), groups).size();
        Type made = s.self;
        for (int k = 0; k < n; k++) made = new Type.Fun(new Type.Var(tc.level), made);
        UserMember ctor = new UserMember(UserMembers.CONSTRUCTOR, true, groups,
                members.global(s, s.decl.name + (s.constructors.isEmpty() ? "" : "#" + s.constructors.size()), made, out));
        ctor.parameters = TypeMembers.parameterNames(List.of(params));
        ctor.init = members.global(s, s.decl.name + ".init" + s.constructors.size(), new Type.Fun(s.self, made), out);
        if (s.constructors.isEmpty()) typeScope.define(s.decl.name, new Entry.Value(ctor.function, Scheme.mono(made)));
        s.constructors.add(ctor);
        tc.userMembers.add(s.decl, ctor);
    }

    /** The code of a class's constructors and of its static bindings. */
    void check(TypeMembers.Shape s, Scope typeScope, TypeMembers.Bindings out) {
        s.statics = typeScope.child();
        for (Decl.TypeItem item : s.def.items()) staticItem(s, item, out);
        int next = 0;
        if (s.def.body() instanceof Decl.ClassBody c && c.constructor() != null) primary(s, c.constructor(), s.constructors.get(next++), out);
        for (Decl.TypeItem item : s.def.items()) {
            if (item instanceof Decl.Constructor c) additional(s, c, s.constructors.get(next++), out);
        }
    }

    /** {@code static let}, {@code static do}, {@code static val} and {@code static member val}: globals of the class, in order. */
    private void staticItem(TypeMembers.Shape s, Decl.TypeItem item, TypeMembers.Bindings out) {
        switch (item) {
            case Decl.LetItem let when let.isStatic() -> {
                for (Expr.Binding b : let.bindings()) {
                    if (!(bare(b.pattern()) instanceof Pattern.Var v)) throw new CompileError(b.pos(), "A static let binding must bind a name: patterns are not supported here");
                    Expr value = b.params().isEmpty() ? b.body() : new Expr.Lambda(b.pos(), b.params(), b.body());
                    Core checked = tc.infer(value, s.statics);
                    Var global = staticGlobal(s, v.name(), checked, checked.type(), b.mutable(), out);
                    s.statics.define(v.name(), new Entry.Value(global, Scheme.mono(global.type)));
                }
            }
            case Decl.DoItem d when d.isStatic() -> staticGlobal(s, "(do)", tc.check(d.body(), Type.UNIT, s.statics), Type.UNIT, false, out);
            case Decl.ValField v when v.isStatic() -> {
                if (!v.defaultValue()) throw new CompileError(v.pos(), "Static 'val' fields in types must be mutable, private and marked with the '[<DefaultValue>]' attribute. They are initialized to the 'null' or 'zero' value for their type. Consider also using a 'static let mutable' binding in a class type.");
                Type t = tc.declarations.typeExpr(v.type(), s.tvars, false);
                staticField(s, v.name(), staticGlobal(s, v.name(), zero(t), t, v.mutable(), out));
            }
            case Decl.AutoProperty a when a.isStatic() -> {
                Core init = tc.infer(a.init(), s.statics);
                if (a.type() != null) unify(tc.declarations.typeExpr(a.type(), s.tvars, false), init.type(), a.init().pos());
                staticField(s, a.name(), staticGlobal(s, a.name(), init, init.type(), a.settable(), out));
            }
            default -> { }
        }
    }

    private Var staticGlobal(TypeMembers.Shape s, String name, Core value, Type type, boolean mutable, TypeMembers.Bindings out) {
        Var global = tc.newVar(s.qualified(name), type, mutable, true, s.prefix);
        out.globals().add(global);
        out.values().add(value);
        return global;
    }

    /** A static field as the type's static property. */
    private void staticField(TypeMembers.Shape s, String name, Var global) {
        UserMember field = new UserMember(name, true, List.of(), null);
        field.global = global;
        tc.userMembers.add(s.decl, field);
    }

    /** The primary constructor: its initialiser runs the base's, stores the parameters, then the lets and dos in order. */
    private void primary(TypeMembers.Shape s, Pattern constructor, UserMember ctor, TypeMembers.Bindings out) {
        Pos pos = s.def.pos();
        Var object = new Var("this", s.self, false);
        List<Var> params = new ArrayList<>();
        List<Core> steps = new ArrayList<>();
        Scope paramScope = s.statics.child();
        for (Pattern p : TypeMembers.flatten(List.of(constructor), new ArrayList<>())) {
            Type t = new Type.Var(tc.level);
            if (p instanceof Pattern.Typed typed) unify(tc.declarations.typeExpr(typed.type(), s.tvars, false), t, typed.pos());
            Pattern bare = bare(p);
            Var param = new Var(bare instanceof Pattern.Var v ? v.name() : "_p", t, false);
            params.add(param);
            switch (bare) {
                case Pattern.Var v -> {
                    paramScope.define(v.name(), new Entry.Value(param, Scheme.mono(t)));
                    int field = s.fields.get(v.name());
                    unify(((TypeDecl.Record) s.decl).fieldTypes.get(field), t, v.pos());
                    s.names.add(new TypeMembers.ClassName(v.name(), field, null));
                    steps.add(new Core.SetField(new Core.Ref(object, s.self, v.pos()), field, new Core.Ref(param, t, v.pos()), Type.UNIT, v.pos()));
                }
                case Pattern.Const c when c.value() == Unit.VALUE -> unify(Type.UNIT, t, c.pos());
                case Pattern.Wild w -> { }
                default -> throw new CompileError(p.pos(), "A constructor parameter must be a name, optionally with its type: (name: type)");
            }
        }
        for (Decl.TypeItem item : s.def.items()) {
            if (item instanceof Decl.Inherit in) {
                if (in.args() == null) throw new CompileError(in.pos(), "This class has a primary constructor, so 'inherit' must give the base constructor's arguments: inherit Base(args)");
                steps.addFirst(baseCall(s, in.base(), in.args(), object, paramScope, in.pos()));
            }
        }
        int initializedAt = steps.size();
        for (Decl.TypeItem item : s.def.items()) {
            switch (item) {
                case Decl.LetItem let when !let.isStatic() -> {
                    for (Expr.Binding b : let.bindings()) classLet(s, b, let.rec(), object, paramScope, steps, out);
                    initializedAt = steps.size();
                }
                case Decl.DoItem d when !d.isStatic() -> steps.add(tc.check(d.body(), Type.UNIT, s.scope(paramScope, object, null, s.names.size())));
                case Decl.AutoProperty a when !a.isStatic() -> {
                    Core init = tc.infer(a.init(), s.scope(paramScope, object, null, s.names.size()));
                    int field = s.fields.get(a);
                    unify(((TypeDecl.Record) s.decl).fieldTypes.get(field), init.type(), a.init().pos());
                    if (a.type() != null) unify(tc.declarations.typeExpr(a.type(), s.tvars, false), init.type(), a.init().pos());
                    steps.add(new Core.SetField(new Core.Ref(object, s.self, a.pos()), field, init, Type.UNIT, a.pos()));
                }
                default -> { }
            }
        }
        if (s.info.initialized >= 0) {
            // F# counts the object as initialised once its last let binding has run
            steps.add(initializedAt, new Core.SetField(new Core.Ref(object, s.self, pos), s.info.initialized, new Core.Lit(true, Type.BOOL), Type.UNIT, pos));
        }
        Core body = new Core.Ref(object, s.self, pos);
        for (int k = steps.size() - 1; k >= 0; k--) body = new Core.Seq(steps.get(k), body, s.self);
        define(s, ctor, object, params, body, pos, out);
    }

    /** The initialiser of a constructor from its object, parameters and body; and the function that makes the object and runs it. */
    private void define(TypeMembers.Shape s, UserMember ctor, Var object, List<Var> params, Core body, Pos pos, TypeMembers.Bindings out) {
        if (params.isEmpty()) params.add(new Var("_u", Type.UNIT, false));
        Type t = s.self;
        for (int k = params.size() - 1; k >= 0; k--) t = new Type.Fun(params.get(k).type, t);
        List<Var> initParams = new ArrayList<>(List.of(object));
        initParams.addAll(params);
        TypeMembers.define(ctor.init, new Core.Lambda(initParams, body, new Type.Fun(s.self, t), s.decl.name + ".init", pos), pos, out);
        List<Var> fresh = params.stream().map(p -> new Var(p.name, p.type, false)).toList();
        List<Core> args = new ArrayList<>(List.of(new Core.Record((TypeDecl.Record) s.decl, tc.classes.initialFields(s.info, pos), s.self, pos)));
        for (Var p : fresh) args.add(new Core.Ref(p, p.type, pos));
        Core made = new Core.App(new Core.Ref(ctor.init, ctor.init.type, pos), args, s.self, pos);
        TypeMembers.define(ctor.function, new Core.Lambda(fresh, made, t, s.decl.name, pos), pos, out);
    }

    /** {@code inherit Base(args)}: the base's constructor run on the object, as the base. */
    private Core baseCall(TypeMembers.Shape s, TypeExpr base, Expr args, Var object, Scope scope, Pos pos) {
        Expr name = new Expr.Ident(pos, List.of(((TypeExpr.Named) base).name().split("\\.")));
        Core call = tc.infer(new Expr.App(pos, name, args), scope);
        unify(s.info.baseType, call.type(), pos);
        Core init = initialiser(call, tc.classes.find(s.info.base).decl, Classes.retype(new Core.Ref(object, s.self, pos), s.info.baseType, pos, tc));
        if (init == null) throw new CompileError(pos, "'inherit' must call a constructor of the base class");
        return init;
    }

    /** A call of one of decl's constructors made into a call of its initialiser on object; null when call is none. */
    private Core initialiser(Core call, TypeDecl decl, Core object) {
        if (!(call instanceof Core.App app && app.fn() instanceof Core.Ref r)) return null;
        List<UserMember> ctors = tc.userMembers.of(decl).get(UserMembers.CONSTRUCTOR);
        for (UserMember ctor : ctors == null ? List.<UserMember>of() : ctors) {
            if (ctor.function == r.var()) {
                List<Core> args = new ArrayList<>(List.of(object));
                args.addAll(app.args());
                return new Core.App(new Core.Ref(ctor.init, ctor.init.type, r.pos()), args, object.type(), app.pos());
            }
        }
        return null;
    }

    /**
     * {@code new(params) [as self] = body [then e]}: body calls another constructor of the class, or ends in
     * {@code { field = e }} (after lets and sequenced expressions), which sets the object's fields.
     */
    private void additional(TypeMembers.Shape s, Decl.Constructor c, UserMember ctor, TypeMembers.Bindings out) {
        Var object = new Var(c.self() != null ? c.self() : "this", s.self, false);
        Scope scope = s.statics.child();
        if (c.self() != null) scope.define(c.self(), new Entry.Value(object, Scheme.mono(s.self)));
        TypeMembers.Shape outerShape = constructing;
        Var outerObject = this.object;
        constructing = s;
        this.object = object;
        Core.Lambda fn;
        List<Pattern> params = TypeMembers.flatten(List.of(c.params()), new ArrayList<>());
        try {
            fn = tc.lambda(params, construction(c.body()), s.self, s.tvars, scope, s.decl.name, c.pos(), null);
        } finally {
            constructing = outerShape;
            this.object = outerObject;
        }
        Core body = initialises(fn.body(), s, object, c.pos());
        if (c.then() != null) {
            // then sees the parameters (those bound to a name) and the object
            Scope after = scope.child();
            for (int k = 0; k < params.size(); k++) {
                if (bare(params.get(k)) instanceof Pattern.Var v) after.define(v.name(), new Entry.Value(fn.params().get(k), Scheme.mono(fn.params().get(k).type)));
            }
            body = new Core.Seq(body, new Core.Seq(tc.check(c.then(), Type.UNIT, after), new Core.Ref(object, s.self, c.pos()), s.self), s.self);
        }
        define(s, ctor, object, new ArrayList<>(fn.params()), body, c.pos(), out);
    }

    /** A constructor's body with its final {@code { … }} read as the object's fields rather than a record. */
    private static Expr construction(Expr body) {
        return switch (body) {
            case Expr.Let l -> new Expr.Let(l.pos(), l.rec(), l.bindings(), construction(l.body()));
            case Expr.Seq q -> new Expr.Seq(q.pos(), q.first(), construction(q.second()));
            case Expr.Record r -> new Expr.ObjectInit(r.pos(), null, r.fields());
            default -> body;
        };
    }

    /** The checked body of a {@code new}, its final call of another constructor made into a call of its initialiser. */
    private Core initialises(Core body, TypeMembers.Shape s, Var object, Pos pos) {
        return switch (body) {
            case Core.Let l -> new Core.Let(l.var(), l.value(), initialises(l.body(), s, object, pos), l.type());
            case Core.Seq q -> new Core.Seq(q.first(), initialises(q.second(), s, object, pos), q.type());
            case Core.Match m when m.clauses().size() == 1 -> {
                Core.Clause c = m.clauses().getFirst();
                yield new Core.Match(m.scrutinee(), List.of(new Core.Clause(c.pattern(), c.guard(), initialises(c.body(), s, object, pos))), m.type(), m.pos());
            }
            case Core.Ref r when r.var() == object -> body;
            default -> {
                Core init = initialiser(body, s.decl, new Core.Ref(object, s.self, pos));
                if (init == null) throw new CompileError(pos, "This is not a valid object construction expression. Explicit object constructors must either call an alternate constructor or initialize all fields of the object and specify a call to a superclass constructor.");
                yield init;
            }
        };
    }

    /** {@code { [inherit Base(args);] field = e; … }} ending a {@code new}: the base's constructor run on the object, then the fields set. */
    Core objectInit(Expr.ObjectInit o, Scope scope) {
        TypeMembers.Shape s = constructing;
        if (s == null) throw new CompileError(o.pos(), "Object construction expressions ('{ inherit … }' and '{}') may only end a class's constructor ('new() = { … }')");
        Var self = object;
        constructing = null;
        try {
            TypeDecl.Record rec = (TypeDecl.Record) s.decl;
            List<Core> steps = new ArrayList<>();
            if (o.base() != null) {
                if (s.info.base == null) throw new CompileError(o.pos(), "This class has no base class to construct with 'inherit'");
                Core call = tc.infer(o.base(), scope);
                unify(s.info.baseType, call.type(), o.base().pos());
                Core init = initialiser(call, s.info.base, Classes.retype(new Core.Ref(self, s.self, o.pos()), s.info.baseType, o.pos(), tc));
                if (init == null) throw new CompileError(o.base().pos(), "'inherit' must call a constructor of the base class");
                steps.add(init);
            }
            List<String> given = new ArrayList<>();
            for (Expr.FieldInit f : o.fields()) {
                Integer field = ownField(s, f.field());
                if (field == null) throw new CompileError(f.pos(), "The type '" + rec.name + "' does not define the field '" + f.field() + "'");
                if (given.contains(f.field())) throw new CompileError(f.pos(), "The field '" + f.field() + "' appears twice in this record expression");
                given.add(f.field());
                Core value = tc.check(f.value(), rec.fieldTypes.get(field), scope);
                steps.add(new Core.SetField(new Core.Ref(self, s.self, f.pos()), field, value, Type.UNIT, f.pos()));
            }
            for (Decl.TypeItem item : s.def.items()) {
                if (item instanceof Decl.ValField v && !v.isStatic() && !v.defaultValue() && !given.contains(v.name())) {
                    throw new CompileError(o.pos(), "No assignment given for field '" + v.name() + "' of type '" + rec.name + "'");
                }
            }
            Core body = new Core.Ref(self, s.self, o.pos());
            for (int k = steps.size() - 1; k >= 0; k--) body = new Core.Seq(steps.get(k), body, s.self);
            return body;
        } finally {
            constructing = s;
        }
    }

    private static Integer ownField(TypeMembers.Shape s, String name) {
        for (Decl.TypeItem item : s.def.items()) {
            if (item instanceof Decl.ValField v && !v.isStatic() && v.name().equals(name)) return s.fields.get(v);
        }
        return null;
    }

    /** A class's let binding: a function becomes one taking the object first; a value, the field the constructor sets. */
    private void classLet(TypeMembers.Shape s, Expr.Binding b, boolean rec, Var object, Scope paramScope, List<Core> steps, TypeMembers.Bindings out) {
        Pattern p = bare(b.pattern());
        if (!b.params().isEmpty() && p instanceof Pattern.Var v) {
            Var fn = members.global(s, s.qualified(v.name()), new Type.Fun(s.self, new Type.Var(tc.level)), out);
            TypeMembers.ClassName name = new TypeMembers.ClassName(v.name(), -1, fn);
            if (rec) s.names.add(name);
            Var self = new Var("this", s.self, false);
            Scope scope = s.scope(paramScope, self, null, s.names.size());
            Map<String, Type.Var> tvars = new HashMap<>(s.tvars);
            Type ret = b.returnType() == null ? null : tc.declarations.typeExpr(b.returnType(), tvars, false);
            Core.Lambda inner = tc.lambda(b.params(), b.body(), ret, tvars, scope, s.qualified(v.name()), b.pos(), TypeMembers.afterSelf(self, fn.type));
            TypeMembers.define(fn, TypeMembers.withSelf(self, inner, s.qualified(v.name()), b.pos()), b.pos(), out);
            if (!rec) s.names.add(name);
            return;
        }
        Core value = tc.infer(b.body(), s.scope(paramScope, object, null, s.names.size()));
        if (b.returnType() != null) unify(tc.declarations.typeExpr(b.returnType(), s.tvars, false), value.type(), b.body().pos());
        if (b.pattern() instanceof Pattern.Typed t) unify(tc.declarations.typeExpr(t.type(), s.tvars, false), value.type(), b.pos());
        if (p instanceof Pattern.Wild) {
            steps.add(new Core.Let(new Var("_", value.type(), false), value, new Core.Lit(Unit.VALUE, Type.UNIT), Type.UNIT));
            return;
        }
        if (!(p instanceof Pattern.Var v)) throw new CompileError(b.pos(), "A class's let binding must bind a name: patterns are not supported here");
        int field = s.fields.get(b);
        unify(((TypeDecl.Record) s.decl).fieldTypes.get(field), value.type(), b.pos());
        s.names.add(new TypeMembers.ClassName(v.name(), field, null));
        steps.add(new Core.SetField(new Core.Ref(object, s.self, b.pos()), field, value, Type.UNIT, b.pos()));
    }
}
