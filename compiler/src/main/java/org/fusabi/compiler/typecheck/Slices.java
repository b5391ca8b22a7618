package org.fusabi.compiler.typecheck;

import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;

/**
 * Slices {@code xs.[a..b]} of lists, arrays and strings: calls of the natives {@code List.slice}, {@code Array.slice}
 * and {@code String.slice}, an absent bound passed as 0 or the largest int. As for {@code .[i]}, the type of what
 * is sliced must be known at that point.
 */
final class Slices {
    private Slices() {}

    static Core slice(Expr.Slice sl, Scope scope, TypeChecker tc) {
        Core target = tc.infer(sl.target(), scope);
        Type t = Type.prune(target.type());
        String fn = t.equals(Type.STRING) ? "String.slice"
                : t instanceof Type.Con c && c.name().equals("list") ? "List.slice"
                : t instanceof Type.Con c && c.name().equals("array") ? "Array.slice"
                : null;
        if (fn == null) {
            throw new CompileError(sl.pos(), t instanceof Type.Var
                    ? "The operator 'expr.[a..b]' has been used on an object of indeterminate type based on information prior to this program point. A type annotation may be needed"
                    : "The type '" + t + "' does not support slicing: only lists, arrays and strings do");
        }
        Core from = sl.from() == null ? new Core.Lit(0L, Type.INT) : tc.check(sl.from(), Type.INT, scope);
        Core to = sl.to() == null ? new Core.Lit(Long.MAX_VALUE, Type.INT) : tc.check(sl.to(), Type.INT, scope);
        // F# evaluates what is sliced before the bounds
        Var sliced = new Var("_s" + (tc.temps++), t, false);
        Core call = tc.callNative(fn, List.of(from, to, new Core.Ref(sliced, t, sl.pos())), sl.pos());
        return new Core.Let(sliced, target, call, call.type());
    }
}
