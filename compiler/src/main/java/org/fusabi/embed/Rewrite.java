package org.fusabi.embed;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;

/**
 * Declaration rewrites for hosts that want more than a script's side effects: the value of a trailing expression
 * kept as {@code it} (as F# Interactive names it), and host values bound as top-level names before the script.
 * Rewriting the parsed program, not the text, keeps every line number of the user's source.
 */
public final class Rewrite {
    private Rewrite() {}

    /** The name a trailing expression's value is bound to. */
    public static final String IT = "it";

    /** True when the last declaration is an expression, which {@link #keepLastValue} binds to {@code it}. */
    public static boolean endsWithExpression(List<Decl> program) {
        return !program.isEmpty() && program.getLast() instanceof Decl.Do;
    }

    public static List<Decl> keepLastValue(List<Decl> program) {
        if (!endsWithExpression(program)) return program;
        Decl.Do last = (Decl.Do) program.getLast();
        List<Decl> out = new ArrayList<>(program.subList(0, program.size() - 1));
        out.add(let(last.pos(), IT, last.expr()));
        return out;
    }

    /** {@code let name = value} at a position of the user's choosing. */
    public static Decl let(Pos pos, String name, Expr value) {
        return new Decl.Let(pos, false, List.of(new Expr.Binding(pos, new Pattern.Var(pos, name), List.of(), null, value, false)));
    }

    /** {@code let name = Module.fn "name"}: a top-level name whose value a host function supplies. */
    public static Decl hostValue(String name, String function) {
        Pos pos = new Pos(1, 1);
        Expr call = new Expr.App(pos, new Expr.Ident(pos, List.of(function.split("\\."))), new Expr.Const(pos, name));
        return let(pos, name, call);
    }
}
