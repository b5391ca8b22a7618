package org.fusabi.compiler.typecheck;

import java.math.BigInteger;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.UserNumber;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.Numbers;
import org.fusabi.vm.value.Unit;

/**
 * Integer literals with a script's suffix, as the F# spec maps them: {@code 0N} is {@code NumericLiteralN.FromZero()},
 * {@code 1N} {@code FromOne()}, others {@code FromInt32 n} while an int32 holds them, then {@code FromInt64 n}, and
 * beyond {@code FromString "digits"}, from the module of that name in scope.
 */
final class UserNumbers {
    private UserNumbers() {}

    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** The call a literal stands for. */
    static Expr call(UserNumber n, Scope scope, Pos pos) {
        String module = "NumericLiteral" + n.suffix();
        if (!(scope.lookup(module) instanceof Entry.Module)) {
            throw new CompileError(pos, "This numeric literal requires that a module '" + module
                    + "' defining functions FromZero, FromOne, FromInt32, FromInt64 and FromString be in scope");
        }
        BigInteger v = n.value();
        String fn;
        Expr arg;
        if (v.signum() == 0 || v.equals(BigInteger.ONE)) {
            fn = v.signum() == 0 ? "FromZero" : "FromOne";
            arg = new Expr.Const(pos, Unit.VALUE);
        } else if (v.compareTo(INT32_MIN) >= 0 && v.compareTo(INT32_MAX) <= 0) {
            fn = "FromInt32";
            arg = new Expr.Const(pos, Numbers.box(NumType.INT32, v.longValue()));
        } else if (v.bitLength() < 64) {
            fn = "FromInt64";
            arg = new Expr.Const(pos, Numbers.box(NumType.INT64, v.longValue()));
        } else {
            fn = "FromString";
            arg = new Expr.Const(pos, v.toString());
        }
        return new Expr.App(pos, new Expr.Ident(pos, List.of(module, fn)), arg);
    }
}
