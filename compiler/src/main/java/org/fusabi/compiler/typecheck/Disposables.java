package org.fusabi.compiler.typecheck;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import org.fusabi.compiler.Parser;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.Unit;

/**
 * {@code use x = e} and .NET's {@code IDisposable}. A {@code use} binding is a {@code let} whose body is followed,
 * however it ends, by {@code x.Dispose()} when x's type has that method, declared or through an implementation
 * of {@code IDisposable}; a value of any other type is only bound, as nothing of it needs disposing. At the top
 * level of a script it is a {@code let} (F# treats it so in modules). {@code IDisposable} is declared the first
 * time a script names it, so that scripts that do not pay nothing.
 */
final class Disposables {
    private static final String IDISPOSABLE = "type IDisposable =\n    abstract Dispose: unit -> unit\n";

    private final TypeChecker tc;
    private int temps;

    Disposables(TypeChecker tc) {
        this.tc = tc;
    }

    /**
     * {@code use x = value} then body, checked by {@code body}; {@code tryFinally} wraps what body gives with the
     * call to Dispose (a try/finally in code, {@code Seq.tryFinally} in a sequence expression).
     */
    Core use(Expr.Use u, Scope scope, BiFunction<Expr, Scope, Core> body, BinaryOperator<Core> tryFinally) {
        Expr.Binding b = u.binding();
        String name = switch (b.pattern()) {
            case Pattern.Var v -> v.name();
            case Pattern.Typed t when t.pattern() instanceof Pattern.Var v -> v.name();
            default -> "_use" + temps++;
        };
        Pattern named = b.pattern() instanceof Pattern.Wild ? new Pattern.Var(b.pos(), name) : b.pattern();
        Expr.Binding binding = new Expr.Binding(b.pos(), named, b.params(), b.returnType(), b.body(), false, b.attributes());
        Expr.Let let = new Expr.Let(u.pos(), false, List.of(binding), u.body());
        return tc.let(let, scope, (e, inner) -> {
            Core inside = body.apply(e, inner);
            Core value = tc.infer(new Expr.Ident(u.pos(), List.of(name)), inner);
            Core dispose = dispose(value, u.pos());
            return dispose == null ? inside : tryFinally.apply(inside, dispose);
        });
    }

    /** {@code value.Dispose()}, or null when value's type has no such method (its own, a library type's, or IDisposable's). */
    private Core dispose(Core value, Pos pos) {
        Core direct = tc.userMembers.call(value, "Dispose", List.of(), pos);
        if (direct != null) return direct;
        if (Type.prune(value.type()) instanceof Type.Con c && MemberChecker.nativePrefix(c) != null
            && !tc.library.overloads(MemberChecker.nativePrefix(c) + "#Dispose").isEmpty()) {
            return tc.members.call(value, "Dispose", new Expr.Const(pos, Unit.VALUE), null, pos);
        }
        if (!(tc.names.typeNames.get("IDisposable") instanceof TypeDecl iface)) return null;
        Core view = tc.interfaces.implicitUpcast(value, Builtins.typeOf(iface, List.of()), pos);
        return view == null ? null : tc.userMembers.call(view, "Dispose", List.of(), pos);
    }

    /** The interface {@code IDisposable}, declared now if it is not yet. */
    Type idisposable() {
        if (!(tc.names.typeNames.get("IDisposable") instanceof TypeDecl)) {
            Decl.Types types = (Decl.Types) Parser.parseProgram(IDISPOSABLE).getFirst();
            tc.declarations.declareTypes(types, tc.names.globalScope, "");
            tc.typeMembers.check(types, tc.names.globalScope, "");
        }
        return Builtins.typeOf((TypeDecl) tc.names.typeNames.get("IDisposable"), List.of());
    }
}
