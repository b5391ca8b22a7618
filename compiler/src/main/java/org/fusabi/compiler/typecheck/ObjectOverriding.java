package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.stdlib.ObjectOverrides;

/**
 * {@code { new System.Object() with override _.ToString() = … }}: an object of type {@code obj} whose
 * {@code ToString} and {@code GetHashCode} are the script's. Its value is a record of a type of its own whose
 * fields hold the overrides, each taking the object first, closing over the scope; the library's {@code string}
 * and {@code hash} (and so the members {@code ToString()} and {@code GetHashCode()} of any value) call them
 * ({@link ObjectOverrides}).
 */
final class ObjectOverriding {
    private final TypeChecker tc;

    ObjectOverriding(TypeChecker tc) {
        this.tc = tc;
    }

    static boolean isObject(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.decl() == null && c.args().isEmpty() && c.name().equals("Object");
    }

    Core object(Expr.ObjectExpr e, Type objectType, Scope scope) {
        TypeDecl.Record made = new TypeDecl.Record("obj@" + e.pos().line());
        made.form = TypeDecl.Form.CLASS;
        List<Core> fields = new ArrayList<>();
        for (Decl.TypeItem item : e.items()) {
            if (!(item instanceof Decl.Member m) || m.isStatic() || !(m.name().equals("ToString") || m.name().equals("GetHashCode"))) {
                throw new CompileError(item.pos(), "An object expression of System.Object may override only ToString() and GetHashCode()");
            }
            Type result = m.name().equals("ToString") ? Type.STRING : Type.INT;
            Type expected = new Type.Fun(objectType, new Type.Fun(Type.UNIT, result));
            Var self = new Var(m.self() == null || m.self().equals("_") ? "this" : m.self(), objectType, false);
            Scope inner = scope.child();
            if (m.self() != null && !m.self().equals("_")) inner.define(m.self(), new Entry.Value(self, Scheme.mono(objectType)));
            List<Pattern> params = TypeMembers.flatten(m.params(), new ArrayList<>());
            Core.Lambda fn = tc.typeMembers.function(m, self, params, inner, new HashMap<>(), made.name + "." + m.name(), expected);
            unify(expected, fn.type(), m.pos());
            made.fieldNames.add(m.name().equals("ToString") ? ObjectOverrides.TO_STRING : ObjectOverrides.GET_HASH_CODE);
            made.fieldTypes.add(expected);
            made.mutable.add(false);
            fields.add(fn);
        }
        tc.declared.add(made);
        return new Core.Record(made, fields, objectType, e.pos());
    }
}
