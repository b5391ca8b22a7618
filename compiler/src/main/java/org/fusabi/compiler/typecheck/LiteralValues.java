package org.fusabi.compiler.typecheck;

import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;

/**
 * {@code [<Literal>]} bindings: their value must be a constant (a literal, another literal's name, or arithmetic,
 * bitwise or string concatenation on those, as F# folds them), and a pattern may name them where it would name a
 * constant: {@code | Max -> …} compares with the literal instead of binding a variable.
 */
final class LiteralValues {
    private LiteralValues() {}

    /** The constant a {@code [<Literal>]} binding's checked value stands for. */
    static Object constant(Core value, Pos pos) {
        Object c = fold(value);
        if (c == null) throw new CompileError(pos, "This is not a valid constant expression or custom attribute value");
        return c;
    }

    private static Object fold(Core value) {
        return switch (value) {
            case Core.Lit lit -> lit.value();
            case Core.Ref ref -> ref.var().literal;
            case Core.Op op when op.args().size() == 2 -> {
                Object a = fold(op.args().get(0));
                Object b = fold(op.args().get(1));
                yield a == null || b == null ? null : apply(op, a, b);
            }
            default -> null;
        };
    }

    private static Object apply(Core.Op op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return switch (op.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case BOR -> x | y;
                case BAND -> x & y;
                case BXOR -> x ^ y;
                case SHL -> x << y;
                default -> null;
            };
        }
        if (a instanceof Double x && b instanceof Double y) {
            return switch (op.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                default -> null;
            };
        }
        if (a instanceof String x && b instanceof String y) {
            return switch (op.op()) {
                case ADD, CONCAT -> x + y;
                default -> null;
            };
        }
        return null;
    }

    /** The {@code [<Literal>]} variable a (possibly module-qualified) name in a pattern stands for, or null. */
    static Var named(List<String> parts, Scope scope) {
        Entry e = scope.lookup(parts.get(0));
        for (int k = 1; k < parts.size() && e instanceof Entry.Module m; k++) {
            e = m.members().get(parts.get(k));
        }
        return e instanceof Entry.Value v && v.var().literal != null ? v.var() : null;
    }
}
