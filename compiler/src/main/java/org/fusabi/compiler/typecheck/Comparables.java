package org.fusabi.compiler.typecheck;

import java.util.List;
import java.util.Set;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;

/**
 * .NET's {@code System.IComparable}, which F#'s numbers, strings, records, unions, tuples and lists implement. A
 * value of that type is the value itself, boxed as for {@code obj}: {@code :?} and {@code :?>} read its run-time
 * type as they do an obj's, and {@code CompareTo} (the library's {@code IComparable#CompareTo}) compares it as
 * {@code compare} does. A class implements it only by declaring so, which Fusabi does not support.
 */
final class Comparables {
    static final String NAME = "IComparable";
    /** Built-in and library types that implement it besides the numbers and enums. */
    private static final Set<String> BUILT_IN = Set.of("string", "char", "bool", "list", "option", "Result", "Set", "Map",
            "DateTime", "TimeSpan", "DayOfWeek");

    private Comparables() {}

    /** Whether t is {@code IComparable}. */
    static boolean is(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.name().equals(NAME) && c.decl() == null;
    }

    /** Whether values of type t implement IComparable: those F# compares structurally and enums, not functions, arrays or classes. */
    static boolean implementedBy(Type t, TypeChecker tc) {
        return switch (Type.prune(t)) {
            case Type.Tuple tuple -> true;
            case Type.Con c when c.decl() != null -> c.decl().form == TypeDecl.Form.DATA
                    && !(c.decl() instanceof TypeDecl.Union u && u.exception);
            case Type.Con c -> BUILT_IN.contains(c.name()) || NumericTypes.isNumeric(c.name()) || tc.enums.isEnum(c);
            default -> false;
        };
    }

    /** {@code value :> IComparable}: the value boxed, as that type. */
    static Core upcast(Core value, Type target, Pos pos, TypeChecker tc) {
        if (!implementedBy(value.type(), tc)) {
            throw new CompileError(pos, "Type constraint mismatch. The type '" + TypePrinter.print(value.type()) + "' is not compatible with type '" + NAME + "'");
        }
        return Classes.retype(tc.callNative("box", List.of(value), pos), target, pos, tc);
    }
}
