package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

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
import org.fusabi.compiler.types.Type;

/**
 * Object expressions of .NET's enumeration interfaces: {@code { new IEnumerator<'T> with member Current = …
 * interface IDisposable with member Dispose() = … interface IEnumerator with member MoveNext() = … }} is the
 * library's enumerator whose steps run those members, and {@code { new IEnumerable<'T> with member GetEnumerator()
 * = … }} the sequence whose every enumeration calls GetEnumerator. A script enumerates through the generic
 * interfaces, so the non-generic views' {@code Current} and {@code GetEnumerator} are neither called nor checked.
 * The members do not see the object itself: its self identifier is not bound.
 */
final class EnumerationObjects {
    private final TypeChecker tc;

    EnumerationObjects(TypeChecker tc) {
        this.tc = tc;
    }

    /** Whether an object expression of type t is one of these: {@code IEnumerator<'T>} or {@code seq<'T>}. */
    static boolean implemented(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.decl() == null && c.args().size() == 1
               && (c.name().equals("IEnumerator") || c.name().equals("seq"));
    }

    Core objectExpression(Expr.ObjectExpr e, Type type, Scope scope) {
        Type.Con c = (Type.Con) Type.prune(type);
        Type element = c.args().getFirst();
        Map<String, Decl.Member> members = new HashMap<>();
        for (Decl.TypeItem item : e.items()) {
            switch (item) {
                case Decl.Member m -> members.put(m.name(), m);
                case Decl.InterfaceImpl impl -> {
                    String name = impl.type() instanceof TypeExpr.Named n && n.args().isEmpty() ? n.name() : "";
                    boolean nonGeneric = name.endsWith("IEnumerator") || name.endsWith("IEnumerable");
                    if (!nonGeneric && !name.endsWith("IDisposable")) {
                        throw new CompileError(impl.pos(), "An object expression of '" + c.name() + "' may also implement only IDisposable and the non-generic IEnumerator or IEnumerable");
                    }
                    for (Decl.Member m : impl.members()) {
                        if (!nonGeneric || !m.name().equals("Current") && !m.name().equals("GetEnumerator")) members.putIfAbsent(m.name(), m);
                    }
                }
                default -> throw new CompileError(item.pos(), "An object expression may only hold the members of its interfaces");
            }
        }
        if (c.name().equals("seq")) {
            Core get = step(members, "GetEnumerator", new Type.Con("IEnumerator", List.of(element)), e.pos(), scope);
            return typed(tc.callNative("Seq.ofGetEnumerator", List.of(get), e.pos()), type, e.pos());
        }
        Core moveNext = step(members, "MoveNext", Type.BOOL, e.pos(), scope);
        Core current = step(members, "Current", element, e.pos(), scope);
        Core dispose = step(members, "Dispose", Type.UNIT, e.pos(), scope);
        if (members.containsKey("Reset")) step(members, "Reset", Type.UNIT, e.pos(), scope);
        return typed(tc.callNative("IEnumerator.ofFunctions", List.of(moveNext, current, dispose), e.pos()), type, e.pos());
    }

    private static Core typed(Core made, Type type, Pos pos) {
        unify(type, made.type(), pos);
        return made;
    }

    /** The member as a function of unit ({@code member _.Current = …} and {@code member _.MoveNext() = …} alike). */
    private Core step(Map<String, Decl.Member> members, String name, Type result, Pos pos, Scope scope) {
        Decl.Member m = members.get(name);
        if (m == null) throw new CompileError(pos, "No implementation was given for '" + name + "' of the object expression's interfaces");
        Pattern param = m.params().isEmpty() ? new Pattern.Wild(m.pos()) : m.params().getFirst();
        return tc.check(new Expr.Lambda(m.pos(), List.of(param), m.body()), new Type.Fun(Type.UNIT, result), scope);
    }
}
