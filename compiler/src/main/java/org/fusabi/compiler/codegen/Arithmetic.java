package org.fusabi.compiler.codegen;

import static org.fusabi.vm.bytecode.Op.*;

import java.util.List;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;

/**
 * Numeric operators and conversions on every numeric type: the instruction of the operands' register type, then a
 * CONV that wraps a narrow integer (or rounds a float32) back to its type, as .NET computes at that width. decimal
 * and bigint have no instructions: their operators and conversions are natives ({@code Decimal.op_Addition},
 * {@code Convert.decimal}), which also convert from strings.
 */
final class Arithmetic {
    private final CodeGen gen;

    Arithmetic(CodeGen gen) {
        this.gen = gen;
    }

    /** Whether values of the kind are floats or float32s, which the F instructions compute on. */
    static boolean floating(int kind) {
        return kind == Kind.FLOAT || kind == Kind.FLOAT32;
    }

    /** Whether the kind's 64 bits are unsigned, which the U instructions compare and divide. */
    static boolean unsigned64(int kind) {
        return kind == Kind.UINT64 || kind == Kind.UNATIVEINT;
    }

    /** + - * / % ** and the bitwise operators on a primitive type, unary - and ~~~ with one argument. */
    void primitive(Prim op, List<Core> args, NumType t, int dest) {
        boolean floating = t.floating();
        boolean unsigned = t.unsigned64();
        switch (op) {
            case ADD -> gen.binaryOp(floating ? ADDF : ADDI, args, dest);
            case SUB -> gen.binaryOp(floating ? SUBF : SUBI, args, dest);
            case MUL -> gen.binaryOp(floating ? MULF : MULI, args, dest);
            case DIV -> gen.binaryOp(floating ? DIVF : unsigned ? DIVU : DIVI, args, dest);
            // A remainder, and the bitwise and, or and xor of two values of a type, are of that type already.
            case MOD -> { gen.binaryOp(floating ? MODF : unsigned ? MODU : MODI, args, dest); return; }
            case BAND -> { gen.binaryOp(BAND, args, dest); return; }
            case BOR -> { gen.binaryOp(BOR, args, dest); return; }
            case BXOR -> { gen.binaryOp(BXOR, args, dest); return; }
            case POW -> gen.binaryOp(POWF, args, dest);
            case NEG -> gen.unaryOp(floating ? NEGF : NEGI, args.get(0), dest);
            case BNOT -> gen.unaryOp(BNOT, args.get(0), dest);
            case SHL, SHR -> {
                int x = gen.operand(args.get(0));
                int n = shiftCount(args.get(1), t);
                gen.fn.emit(abc(op == Prim.SHL ? SHL : unsigned ? SHRU : SHR, dest, x, n));
                // A value shifted right stays in its type's range.
                if (op == Prim.SHR) return;
            }
            default -> throw new IllegalStateException("not arithmetic: " + op);
        }
        narrow(dest, t);
    }

    /** Brings a 64-bit or double result back to type t (nothing for the 64-bit types and float). */
    void narrow(int r, NumType t) {
        if (t.bits < 64 && t != NumType.FLOAT) gen.fn.emit(abc(CONV, r, r, NumType.conversion(t.floating() ? NumType.FLOAT : NumType.INT64, t)));
    }

    /** F# masks a shift count to the width of the shifted type (FSharp.Core's mask shift 31 …). */
    private int shiftCount(Core count, NumType t) {
        int n = gen.operand(count);
        if (t.bits == 64) return n;
        int masked = gen.fn.alloc();
        gen.fn.emit(asbx(LOADI, masked, t.bits - 1));
        gen.fn.emit(abc(BAND, masked, n, masked));
        return masked;
    }

    /** An operator of decimal or bigint: its native on the boxed operands. */
    void reference(Prim op, List<Core> args, Type type, int dest) {
        String owner = NumericTypes.name(type).equals("decimal") ? "Decimal" : "BigInteger";
        String method = switch (op) {
            case ADD -> "op_Addition";
            case SUB -> "op_Subtraction";
            case MUL -> "op_Multiply";
            case DIV -> "op_Division";
            case MOD -> "op_Modulus";
            case NEG -> "op_UnaryNegation";
            case POW -> "Pow";
            case BAND -> "op_BitwiseAnd";
            case BOR -> "op_BitwiseOr";
            case BXOR -> "op_ExclusiveOr";
            case SHL -> "op_LeftShift";
            case SHR -> "op_RightShift";
            case BNOT -> "op_OnesComplement";
            default -> throw new IllegalStateException("not arithmetic: " + op);
        };
        gen.callNative(owner + "." + method, args, Kind.REF, dest);
    }

    /** F#'s conversion functions: an instruction between primitive types, a native from or to anything else. */
    void conversion(Core x, Type to, int dest) {
        NumType from = NumericTypes.primitive(x.type());
        NumType target = NumericTypes.primitive(to);
        if (from == null || target == null) {
            gen.callNative("Convert." + NumericTypes.name(to), List.of(x), CodeGen.kind(to), dest);
            return;
        }
        int r = gen.operand(x);
        if (from == target || from.floating() && target == NumType.FLOAT || !from.floating() && !target.floating() && target.bits == 64) {
            gen.move(r, dest, target.kind);
        } else if (from == NumType.INT64 && target == NumType.FLOAT) {
            gen.fn.emit(abc(I2F, dest, r, 0));
        } else if (from == NumType.FLOAT && target == NumType.INT64) {
            gen.fn.emit(abc(F2I, dest, r, 0));
        } else {
            gen.fn.emit(abc(CONV, dest, r, NumType.conversion(from, target)));
        }
    }
}
