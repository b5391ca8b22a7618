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
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.Native;
import org.fusabi.vm.value.Unit;

/**
 * Member access by type: record fields, the properties of built-in types ({@code s.Length}, {@code xs.Head}),
 * indexing ({@code a.[i]}), and methods of strings ({@code s.Substring(1, 2)}).
 */
final class MemberChecker {
    private final TypeChecker tc;

    MemberChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** {@code value.Name}: record fields, and the properties of strings, arrays, lists, options and refs. */
    Core member(Core target, String name, Pos pos) {
        Type t = Type.prune(target.type());
        if (t instanceof Type.Var && tc.names.fieldOwners.containsKey(name)) {
            TypeDecl.Record rec = TypeChecker.last(tc.names.fieldOwners.get(name));
            unify(Builtins.typeOf(rec, rec.params.stream().map(p -> (Type) new Type.Var(tc.level)).toList()), t, pos);
            t = Type.prune(t);
        }
        if (t instanceof Type.Con c) {
            TypeDecl d = Builtins.declOf(c);
            if (d instanceof TypeDecl.Record rec) {
                String field = name.equals("Value") && rec == Builtins.REF ? "contents" : name;
                int index = rec.indexOf(field);
                if (index >= 0) return new Core.GetField(target, index, fieldType(rec, c, index), pos);
            }
            String property = c.name() + "." + name;
            switch (property) {
                case "string.Length" -> { return tc.callNative("String.length", List.of(target), pos); }
                case "array.Length" -> { return new Core.Op(Prim.ALEN, List.of(target), Type.INT, pos); }
                case "list.Length" -> { return tc.callNative("List.length", List.of(target), pos); }
                case "list.Head" -> { return tc.callNative("List.head", List.of(target), pos); }
                case "list.Tail" -> { return tc.callNative("List.tail", List.of(target), pos); }
                case "list.IsEmpty" -> { return tc.callNative("List.isEmpty", List.of(target), pos); }
                case "option.Value" -> { return tc.callNative("Option.get", List.of(target), pos); }
                case "option.IsSome" -> { return tc.callNative("Option.isSome", List.of(target), pos); }
                case "option.IsNone" -> { return tc.callNative("Option.isNone", List.of(target), pos); }
                case "exn.Message" -> { return tc.callNative("Exn.message", List.of(target), pos); }
                default -> { }
            }
            if (c.name().equals("string") && tc.library.lookup("String." + name) != null) {
                return memberFunction("String." + name, target, pos);
            }
        }
        if (t instanceof Type.Var) {
            throw new CompileError(pos, "Lookup on object of indeterminate type based on information prior to this program point. A type annotation may be needed to resolve '" + name + "'");
        }
        throw new CompileError(pos, "The type '" + t + "' does not define the field, constructor or member '" + name + "'.");
    }

    /** A method of a string ({@code s.ToUpper}): the native {@code String.ToUpper} partially applied to s. */
    Core memberFunction(String nativeName, Core target, Pos pos) {
        Native fn = tc.library.lookup(nativeName);
        Type t = SignatureParser.parse(fn.signature(), tc.level);
        Type.Fun f = (Type.Fun) t;
        unify(f.from(), target.type(), pos);
        return new Core.App(new Core.NativeRef(fn, t, pos), List.of(target), f.to(), pos);
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
        Type elem = new Type.Var(tc.level);
        unify(Type.array(elem), t, ix.target().pos());
        return new Core.Op(Prim.AGET, List.of(target, tc.check(ix.index(), Type.INT, scope)), elem, ix.pos());
    }

    /** {@code s.Substring(1, 2)}: a method of a string value, the native {@code String.Substring/2}. */
    Core method(Expr.Ident id, Expr arg, Scope scope) {
        List<String> parts = id.parts();
        if (!(scope.lookup(parts.get(0)) instanceof Entry.Value)) return null;
        Core target = tc.infer(new Expr.Ident(id.pos(), parts.subList(0, parts.size() - 1)), scope);
        return stringMethod(target, TypeChecker.last(parts), arg, scope, id.pos());
    }

    Core stringMethod(Core target, String name, Expr arg, Scope scope, Pos pos) {
        if (!Type.prune(target.type()).equals(Type.STRING)) return null;
        List<Expr> args = arg instanceof Expr.Tuple t ? t.items()
                : arg instanceof Expr.Const c && c.value() == Unit.VALUE ? List.of() : List.of(arg);
        String nativeName = "String." + name + "/" + args.size();
        if (tc.library.lookup(nativeName) == null) {
            throw new CompileError(pos, "The type 'string' has no method '" + name + "' taking " + args.size() + " argument(s)");
        }
        List<Core> all = new ArrayList<>();
        all.add(target);
        if (args.isEmpty()) all.add(new Core.Lit(Unit.VALUE, Type.UNIT));
        for (Expr a : args) all.add(tc.infer(a, scope));
        return tc.callNative(nativeName, all, pos);
    }
}
