package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.Unit;

/**
 * Explicit type arguments, {@code Array.zeroCreate<int> 3} or {@code Map.empty<string, int>}: they instantiate the
 * type parameters of the value's type in the order they first occur in it, which for FSharp.Core's functions is the
 * order F# declares them in. {@code Unchecked.defaultof<T>} is the default value of T, {@code sizeof<T>} its size.
 */
final class TypeApplications {
    private TypeApplications() {}

    static Core apply(Expr.TypeApp ta, Scope scope, TypeChecker tc) {
        List<Type> args = ta.args().stream().map(a -> tc.declarations.typeExpr(a, new HashMap<>(), false)).toList();
        if (ta.target() instanceof Expr.Ident id && id.parts().equals(List.of("Unchecked", "defaultof"))
            && !(scope.lookup("Unchecked") instanceof Entry.Module m && m.members().containsKey("defaultof"))) {
            if (args.size() != 1) throw new CompileError(ta.pos(), "Unchecked.defaultof takes 1 type argument but is given " + args.size());
            return defaultValue(args.getFirst(), tc, ta.pos());
        }
        if (ta.target() instanceof Expr.Ident id && id.parts().equals(List.of("typeof")) && scope.lookup("typeof") == null
            && args.size() == 1) {
            return typeOf(args.getFirst(), tc, ta.pos());
        }
        if (ta.target() instanceof Expr.Ident id && id.parts().equals(List.of("enum")) && scope.lookup("enum") == null
            && args.size() == 1) {
            return tc.enums.constructor(args.getFirst(), ta.pos());
        }
        if (ta.target() instanceof Expr.Ident id && id.parts().equals(List.of("sizeof")) && scope.lookup("sizeof") == null
            && args.size() == 1) {
            return new Core.Lit(sizeOf(args.getFirst()), Type.INT);
        }
        Core value = tc.infer(ta.target(), scope);
        List<Type.Var> params = new ArrayList<>();
        collect(value.type(), params);
        if (args.size() > params.size()) {
            throw new CompileError(ta.pos(), "This value takes " + params.size() + " type argument(s) but is given " + args.size());
        }
        for (int k = 0; k < args.size(); k++) unify(params.get(k), args.get(k), ta.pos());
        return value;
    }

    /** {@code typeof<T>}, and {@code x.GetType()} of an x whose type is T: T's System.Type. */
    static Core typeOf(Type t, TypeChecker tc, Pos pos) {
        Core declared = tc.enums.typeOf(t, pos);
        if (declared != null) return declared;
        return tc.callNative("Convert.typeOf", List.of(new Core.Lit(dotNetName(t), Type.STRING)), pos);
    }

    /** {@code Dictionary<string, int>()}: the type arguments are those of the constructed type, in order. */
    static void instantiate(Type constructed, Expr.TypeApp ta, TypeChecker tc) {
        List<Type> args = ta.args().stream().map(a -> tc.declarations.typeExpr(a, new HashMap<>(), false)).toList();
        List<Type> params = Type.prune(constructed) instanceof Type.Con c ? c.args() : List.of();
        if (args.size() != params.size()) {
            throw new CompileError(ta.pos(), "The type '" + TypePrinter.print(constructed) + "' expects " + params.size()
                                             + " type argument(s) but is given " + args.size());
        }
        for (int k = 0; k < args.size(); k++) unify(params.get(k), args.get(k), ta.pos());
    }

    private static void collect(Type t, List<Type.Var> out) {
        switch (Type.prune(t)) {
            case Type.Var v -> {
                if (!out.contains(v)) out.add(v);
            }
            case Type.Con c -> c.args().forEach(a -> collect(a, out));
            case Type.Fun f -> {
                collect(f.from(), out);
                collect(f.to(), out);
            }
            case Type.Tuple tp -> tp.items().forEach(a -> collect(a, out));
        }
    }

    /**
     * The bytes a value of type t takes in .NET, as F#'s sizeof gives it: a reference's is a 64-bit pointer's, and
     * Fusabi's int, 64-bit, takes 8.
     */
    private static long sizeOf(Type t) {
        if (Type.prune(t).equals(Type.BOOL)) return 1;
        if (Type.prune(t).equals(Type.CHAR)) return 2;
        if ("decimal".equals(NumericTypes.name(t))) return 16;
        NumType n = NumericTypes.primitive(t);
        if (n == null) return 8;
        return n.bits == 0 ? (n == NumType.FLOAT32 ? 4 : 8) : n.bits / 8;
    }

    /**
     * The .NET name of a type, as {@code typeof<T>.FullName} gives it; F#'s int is System.Int32 here, as in
     * {@code Show.typeName}, so that code written for F# compares as it does there. A script's own type has its
     * name as F# prints it.
     */
    private static String dotNetName(Type t) {
        String name = Type.prune(t) instanceof Type.Con c && c.args().isEmpty() && c.decl() == null ? c.name() : "";
        return switch (name) {
            case "int", "int32" -> "System.Int32";
            case "float" -> "System.Double";
            case "float32" -> "System.Single";
            case "decimal" -> "System.Decimal";
            case "bigint" -> "System.Numerics.BigInteger";
            case "sbyte" -> "System.SByte";
            case "byte" -> "System.Byte";
            case "int16" -> "System.Int16";
            case "uint16" -> "System.UInt16";
            case "uint32" -> "System.UInt32";
            case "uint64" -> "System.UInt64";
            case "nativeint" -> "System.IntPtr";
            case "unativeint" -> "System.UIntPtr";
            case "string" -> "System.String";
            case "bool" -> "System.Boolean";
            case "char" -> "System.Char";
            case "unit" -> "Microsoft.FSharp.Core.Unit";
            case "exn" -> "System.Exception";
            case "Object" -> "System.Object";
            default -> TypePrinter.print(t);
        };
    }

    /**
     * .NET's default value of a type, {@code Unchecked.defaultof<T>}: zero of a number, false, unit, and null of
     * every other type (a record, a string, a list, a function; F# gives null for these too).
     */
    static Core defaultValue(Type t, TypeChecker tc, Pos pos) {
        t = Type.prune(t);
        // an operator's operand not yet known is its default type, as it will be at the end of the declaration
        if (t instanceof Type.Var v && v.constraint != Type.Constraint.NONE) {
            unify(v.constraint.defaultType(), v, pos);
            t = Type.prune(t);
        }
        if (t.equals(Type.BOOL)) return new Core.Lit(false, t);
        if (t.equals(Type.UNIT)) return new Core.Lit(Unit.VALUE, t);
        String numeric = NumericTypes.name(t);
        if (numeric != null && (NumericTypes.isNumeric(numeric) || numeric.equals("char"))) return new Core.Lit(NumericTypes.zero(numeric), t);
        if (t instanceof Type.Con c && Builtins.declOf(c) instanceof TypeDecl.Record rec && rec.struct) {
            List<Core> fields = new ArrayList<>();
            for (int k = 0; k < rec.fieldTypes.size(); k++) fields.add(defaultValue(MemberChecker.fieldType(rec, c, k), tc, pos));
            return new Core.Record(rec, fields, t, pos);
        }
        Core nul = tc.callNative("Unchecked.null", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos);
        unify(nul.type(), t, pos);
        return nul;
    }
}
