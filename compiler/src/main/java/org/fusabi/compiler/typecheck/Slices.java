package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypePrinter;

/**
 * Slices {@code xs.[a..b]} of lists, arrays and strings: calls of the natives {@code List.slice}, {@code Array.slice}
 * and {@code String.slice}, an absent bound passed as 0 or the largest int. Slices of rectangular arrays,
 * {@code a.[1.., *]} and {@code a.[i, *] <- xs}, call {@code ArrayND.getSliceK} and {@code setSliceK} (K the
 * number of ranges, the rank of the slice) with a spec of three ints a dimension (see the natives). As for
 * {@code .[i]}, the type of what is sliced must be known at that point.
 */
final class Slices {
    private Slices() {}

    /** What the natives take for a bound not given (the lower bound, the last index). */
    private static final long ABSENT_START = Long.MIN_VALUE;
    private static final long ABSENT_FINISH = Long.MAX_VALUE;

    static Core slice(Expr.Slice sl, Scope scope, TypeChecker tc) {
        Core target = tc.infer(sl.target(), scope);
        Type t = Type.prune(target.type());
        if (sl.dims().size() > 1 || rank(t) > 1) return rectangular(sl, target, t, null, scope, tc);
        String fn = t.equals(Type.STRING) ? "String.slice"
                : t instanceof Type.Con c && c.name().equals("list") ? "List.slice"
                : t instanceof Type.Con c && c.name().equals("array") ? "Array.slice"
                : null;
        if (fn == null) throw unsliceable(sl.pos(), t);
        Expr.Slice.Range range = sl.dims().get(0);
        Core from = range.from() == null ? new Core.Lit(0L, Type.INT) : tc.check(range.from(), Type.INT, scope);
        Core to = range.to() == null ? new Core.Lit(Long.MAX_VALUE, Type.INT) : tc.check(range.to(), Type.INT, scope);
        // F# evaluates what is sliced before the bounds
        Var sliced = new Var("_s" + (tc.temps++), t, false);
        Core call = tc.callNative(fn, List.of(from, to, new Core.Ref(sliced, t, sl.pos())), sl.pos());
        return new Core.Let(sliced, target, call, call.type());
    }

    /**
     * {@code xs.[1..2] <- ys} and {@code a.[i, 1..] <- ys}: the elements of an array's slice set from an array of the
     * slice's shape. Lists and strings do not change.
     */
    static Core assign(Expr.Slice sl, Expr value, Scope scope, TypeChecker tc) {
        Core target = tc.infer(sl.target(), scope);
        Type t = Type.prune(target.type());
        if (sl.dims().size() > 1 || rank(t) > 1) return rectangular(sl, target, t, value, scope, tc);
        if (!(t instanceof Type.Con c && c.name().equals("array"))) {
            throw new CompileError(sl.pos(), rank(t) == 1 ? "The type '" + TypePrinter.print(t) + "' does not support assigning to a slice: only arrays do" : unsliceable(sl.pos(), t).getMessage());
        }
        Expr.Slice.Range range = sl.dims().get(0);
        Core from = range.from() == null ? new Core.Lit(0L, Type.INT) : tc.check(range.from(), Type.INT, scope);
        Core to = range.to() == null ? new Core.Lit(Long.MAX_VALUE, Type.INT) : tc.check(range.to(), Type.INT, scope);
        return tc.callNative("Array.setSlice", List.of(from, to, target, tc.check(value, t, scope)), sl.pos());
    }

    private static Core rectangular(Expr.Slice sl, Core target, Type t, Expr value, Scope scope, TypeChecker tc) {
        int rank = rank(t);
        if (rank != sl.dims().size()) {
            if (rank == 0) throw unsliceable(sl.pos(), t);
            int n = sl.dims().size();
            throw new CompileError(sl.pos(), "This slice has " + n + (n == 1 ? " dimension" : " dimensions") + " but the array has rank " + rank);
        }
        List<Core> spec = new ArrayList<>();
        int ranges = 0;
        for (Expr.Slice.Range d : sl.dims()) {
            if (!d.fixed()) ranges++;
            spec.add(new Core.Lit(d.fixed() ? 1L : 0L, Type.INT));
            spec.add(d.from() == null ? new Core.Lit(ABSENT_START, Type.INT) : tc.check(d.from(), Type.INT, scope));
            spec.add(d.to() == null ? new Core.Lit(ABSENT_FINISH, Type.INT) : tc.check(d.to(), Type.INT, scope));
        }
        Core specTuple = new Core.Tuple(spec, new Type.Tuple(spec.stream().map(Core::type).toList()));
        String fn = "Array" + rank + "D." + (value == null ? "getSlice" : "setSlice") + ranges;
        List<Core> args = new ArrayList<>(List.of(target, specTuple));
        if (value != null) args.add(tc.infer(value, scope));
        return tc.callNative(fn, args, sl.pos());
    }

    /** The rank of a rectangular array type, 1 for other types that may be sliced, 0 for a type that may not. */
    private static int rank(Type t) {
        if (!(t instanceof Type.Con c)) return 0;
        return switch (c.name()) {
            case "Array2D" -> 2;
            case "Array3D" -> 3;
            case "Array4D" -> 4;
            case "array", "list", "string" -> 1;
            default -> 0;
        };
    }

    private static CompileError unsliceable(Pos pos, Type t) {
        return new CompileError(pos, t instanceof Type.Var
                ? "The operator 'expr.[a..b]' has been used on an object of indeterminate type based on information prior to this program point. A type annotation may be needed"
                : "The type '" + t + "' does not support slicing: only lists, arrays and strings do");
    }
}
