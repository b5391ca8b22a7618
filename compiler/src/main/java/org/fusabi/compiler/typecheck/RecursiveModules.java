package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;

/** The declarations of a {@code module rec}, arranged so that every type and every let may refer to any other. */
final class RecursiveModules {
    private RecursiveModules() {}

    /**
     * The body with all its type definitions joined into one group ({@code type … and …}), after its leading
     * {@code open}s, so that every declaration sees every type.
     */
    static List<Decl> typesTogether(List<Decl> body) {
        List<Decl.TypeDef> defs = new ArrayList<>();
        Decl.Types first = null;
        List<Decl> rest = new ArrayList<>();
        for (Decl d : body) {
            if (d instanceof Decl.Types t) {
                if (first == null) first = t;
                defs.addAll(t.defs());
            } else rest.add(d);
        }
        if (first == null) return body;
        int at = 0;
        while (at < rest.size() && rest.get(at) instanceof Decl.Open) at++;
        rest.add(at, new Decl.Types(first.pos(), defs));
        return rest;
    }

    /** The name a binding defines, or null for a pattern binding ({@code let (a, b) = …}). */
    static String boundName(Expr.Binding b) {
        Pattern p = b.pattern();
        if (p instanceof Pattern.Typed t) p = t.pattern();
        return p instanceof Pattern.Var v ? v.name() : null;
    }
}
