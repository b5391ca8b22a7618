package org.fusabi.compiler.typecheck;

import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;
import org.fusabi.vm.value.Unit;

/**
 * .NET's out parameters as F# sees them. A method such as {@code TryGetValue(key, out value)} is called in F#
 * either with the out argument left off, giving a tuple of the result and the value ({@code let ok, v =
 * d.TryGetValue k}), or with the address of a mutable ({@code d.TryGetValue(k, &v)}), which the call assigns.
 * The library defines the tuple form; the address form is that call with the value assigned.
 */
final class OutArguments {
    private OutArguments() {}

    /** Names no script can write, for the two items of the tuple form's result. */
    private static final String RESULT = "result@out";
    private static final String VALUE = "value@out";

    /**
     * {@code x.M(a, &v)} as {@code let result, value = x.M a in v <- value; result}, or null when the last argument
     * is not an address.
     */
    static Expr desugar(Expr method, List<Expr> argExprs) {
        if (argExprs.size() != 1 || !(method instanceof Expr.Dot || method instanceof Expr.Ident)) return null;
        List<Expr> items = argExprs.getFirst() instanceof Expr.Tuple t ? t.items() : List.of(argExprs.getFirst());
        if (!(items.getLast() instanceof Expr.Unary out && out.op().equals("&"))) return null;
        List<Expr> rest = items.subList(0, items.size() - 1);
        for (Expr e : rest) {
            if (e instanceof Expr.Unary u && u.op().equals("&")) throw new CompileError(u.pos(), "Only the last argument of a method may be an out argument ('&v')");
        }
        Pos pos = out.pos();
        Expr in = rest.isEmpty() ? new Expr.Const(pos, Unit.VALUE) : rest.size() == 1 ? rest.getFirst() : new Expr.Tuple(pos, rest);
        Pattern both = new Pattern.Tuple(pos, List.of(new Pattern.Var(pos, RESULT), new Pattern.Var(pos, VALUE)));
        Expr body = new Expr.Seq(pos, new Expr.Assign(pos, out.operand(), new Expr.Ident(pos, List.of(VALUE))), new Expr.Ident(pos, List.of(RESULT)));
        return new Expr.Let(pos, false, List.of(new Expr.Binding(pos, both, List.of(), null, new Expr.App(pos, method, in), false)), body);
    }

    /**
     * A library method's tuple form gives (false, ()) when it finds nothing (the library cannot know the type);
     * .NET gives the value type's default there, which this supplies once the call's type is known.
     */
    static Core defaultWhenMissing(Core call, TypeChecker tc, Pos pos) {
        if (!(Type.prune(call.type()) instanceof Type.Tuple pair) || pair.items().size() != 2
            || !Type.prune(pair.items().get(0)).equals(Type.BOOL) || Type.prune(pair.items().get(1)) instanceof Type.Var) {
            return call;
        }
        Var result = new Var("tuple@out", call.type(), false);
        Core ref = new Core.Ref(result, call.type(), pos);
        Core missing = new Core.Tuple(List.of(new Core.Lit(false, Type.BOOL), TypeApplications.defaultValue(pair.items().get(1), tc, pos)), call.type());
        Core found = tc.tupleItem(ref, 0, Type.BOOL, pos);
        return new Core.Let(result, call, new Core.If(found, ref, missing, call.type()), call.type());
    }
}
