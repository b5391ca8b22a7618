package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.SignatureParser;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.compiler.types.Unifier;
import org.fusabi.vm.Native;

/**
 * Operators: arithmetic and comparison (resolved by operand type, with int as the default of an open
 * numeric type), boolean short-circuits, pipelines and composition, list and string operators, user-defined operators.
 */
final class OperatorChecker {
    private final TypeChecker tc;

    OperatorChecker(TypeChecker tc) {
        this.tc = tc;
    }

    Core binary(Expr.Binary b, Scope scope) {
        String op = b.op();
        Pos pos = b.pos();
        switch (op) {
            case "&&", "||" -> {
                Core l = tc.check(b.left(), Type.BOOL, scope);
                Core r = tc.check(b.right(), Type.BOOL, scope);
                return op.equals("&&") ? new Core.If(l, r, new Core.Lit(false, Type.BOOL), Type.BOOL)
                        : new Core.If(l, new Core.Lit(true, Type.BOOL), r, Type.BOOL);
            }
            case "|>" -> {
                Core arg = tc.infer(b.left(), scope);
                Core f = pipelineTarget(b.right(), arg.type(), scope);
                return applyCore(f, arg, b.right().pos(), pos);
            }
            case "<|" -> {
                Core f = tc.infer(b.left(), scope);
                Core arg = tc.infer(b.right(), scope);
                return applyCore(f, arg, b.right().pos(), pos);
            }
            case ">>", "<<" -> {
                Core f = tc.infer(op.equals(">>") ? b.left() : b.right(), scope);
                Core g = tc.infer(op.equals(">>") ? b.right() : b.left(), scope);
                Type a = new Type.Var(tc.level);
                Var x = new Var("_x" + (tc.temps++), a, false);
                Core inner = applyCore(f, new Core.Ref(x, a, pos), pos, pos);
                Core outer = applyCore(g, inner, pos, pos);
                return new Core.Lambda(List.of(x), outer, new Type.Fun(a, outer.type()), "compose", pos);
            }
            case "::" -> {
                Core head = tc.infer(b.left(), scope);
                Core tail = tc.check(b.right(), Type.list(head.type()), scope);
                return new Core.Op(Prim.CONS, List.of(head, tail), tail.type(), pos);
            }
            case "@" -> {
                return tc.callNative("List.append", List.of(tc.infer(b.left(), scope), tc.infer(b.right(), scope)), pos);
            }
            case ":=" -> {
                Core cell = tc.infer(b.left(), scope);
                Type contents = new Type.Var(tc.level);
                unify(Type.ref(contents), cell.type(), b.left().pos());
                return new Core.SetField(cell, 0, tc.check(b.right(), contents, scope), Type.UNIT, pos);
            }
            case "^" -> {
                Core l = tc.check(b.left(), Type.STRING, scope);
                Core r = tc.check(b.right(), Type.STRING, scope);
                return new Core.Op(Prim.CONCAT, List.of(l, r), Type.STRING, pos);
            }
            default -> { }
        }
        Prim prim = switch (op) {
            case "+" -> Prim.ADD;
            case "-" -> Prim.SUB;
            case "*" -> Prim.MUL;
            case "/" -> Prim.DIV;
            case "%" -> Prim.MOD;
            case "**" -> Prim.POW;
            case "&&&" -> Prim.BAND;
            case "|||" -> Prim.BOR;
            case "^^^" -> Prim.BXOR;
            case "<<<" -> Prim.SHL;
            case ">>>" -> Prim.SHR;
            case "=" -> Prim.EQ;
            case "<>" -> Prim.NE;
            case "<" -> Prim.LT;
            case "<=" -> Prim.LE;
            case ">" -> Prim.GT;
            case ">=" -> Prim.GE;
            default -> null;
        };
        if (prim == null) {
            Entry e = scope.lookup(op);
            if (e == null) return userOperator(b, scope);
            Core f = tc.entryValue(e, pos, op);
            return tc.applyAll(f, List.of(b.left(), b.right()), scope, pos);
        }
        Core l = tc.infer(b.left(), scope);
        Core r = tc.infer(b.right(), scope);
        Core user = tc.userMembers.operator(op, List.of(l, r), List.of(b.left().pos(), b.right().pos()), pos);
        if (user != null) return user;
        Core library = libraryOperator(op, l, r, b.right().pos(), pos);
        if (library != null) return library;
        if ((prim == Prim.BAND || prim == Prim.BOR || prim == Prim.BXOR) && tc.enums.isEnum(l.type())) {
            unify(l.type(), r.type(), b.right().pos());
            return tc.enums.bitwise(prim, l, r, pos);
        }
        Type.Constraint constraint = switch (prim) {
            case ADD -> Type.Constraint.ADDABLE;
            case SUB, MUL, DIV, MOD -> Type.Constraint.NUMERIC;
            case BAND, BOR, BXOR -> Type.Constraint.INTEGER;
            default -> Type.Constraint.NONE;
        };
        switch (prim) {
            case POW -> {
                // float ** float, float32 ** float32, and BigInteger.Pow's bigint ** int.
                if ("bigint".equals(NumericTypes.name(l.type()))) {
                    unify(Type.INT, r.type(), b.right().pos());
                } else {
                    if (!Unifier.tryUnify(tc.constrainedVar(Type.Constraint.FLOATING), l.type()) || "decimal".equals(NumericTypes.name(l.type()))) {
                        throw new CompileError(b.left().pos(), "The type '" + Type.prune(l.type()) + "' does not support the operator 'Pow'");
                    }
                    unify(l.type(), r.type(), b.right().pos());
                }
                return new Core.Op(prim, List.of(l, r), l.type(), pos);
            }
            case SHL, SHR -> {
                if (!Unifier.tryUnify(tc.constrainedVar(Type.Constraint.INTEGER), l.type())) {
                    throw new CompileError(b.left().pos(), "The type '" + Type.prune(l.type()) + "' does not support the operator '" + op + "'");
                }
                unify(Type.INT, r.type(), b.right().pos());
                return new Core.Op(prim, List.of(l, r), l.type(), pos);
            }
            case EQ, NE, LT, LE, GT, GE -> {
                unify(l.type(), r.type(), b.right().pos());
                if (Type.prune(l.type()) instanceof Type.Fun) {
                    throw new CompileError(pos, "The type '" + Type.prune(l.type()) + "' does not support the '" + (prim == Prim.EQ || prim == Prim.NE ? "equality" : "comparison") + "' constraint because it is a function type");
                }
                return new Core.Op(prim, List.of(l, r), Type.BOOL, pos);
            }
            default -> {
                Type.Var v = tc.constrainedVar(constraint);
                if (!Unifier.tryUnify(v, l.type())) {
                    throw new CompileError(b.left().pos(), "The type '" + Type.prune(l.type()) + "' does not support the operator '" + op + "'");
                }
                unify(l.type(), r.type(), b.right().pos());
                return new Core.Op(prim, List.of(l, r), l.type(), pos);
            }
        }
    }

    /** An operator a library type defines as a static member ({@code s1 + s2} on sets is {@code Set.op_Addition}), or null. */
    private Core libraryOperator(String op, Core l, Core r, Pos right, Pos pos) {
        String member = switch (op) {
            case "+" -> "op_Addition";
            case "-" -> "op_Subtraction";
            case "|||" -> "op_BitwiseOr";
            default -> null;
        };
        if (member == null || !(Type.prune(l.type()) instanceof Type.Con c) || MemberChecker.nativePrefix(c) == null) return null;
        String qualified = MemberChecker.nativePrefix(c) + "." + member;
        List<Native> overloads = tc.library.overloads(qualified);
        if (overloads.isEmpty()) return null;
        // The operand types choose (DateTime's - takes a DateTime or a TimeSpan; its + a TimeSpan); where both are
        // of one type (sets, TimeSpans), a mismatch is the right operand's.
        Native chosen = tc.members.choose(overloads, List.of(l, r));
        if (chosen != null && !operandsAlike(chosen)) return tc.callNative(chosen, List.of(l, r), pos);
        unify(l.type(), r.type(), right);
        return tc.callNative(qualified, List.of(l, r), pos);
    }

    private boolean operandsAlike(Native operator) {
        Type.Fun first = (Type.Fun) SignatureParser.parse(operator.signature(), tc.level);
        return TypePrinter.print(first.from()).equals(TypePrinter.print(((Type.Fun) first.to()).from()));
    }

    /**
     * {@code x ? name <- v}: F#'s dynamic assignment, {@code (?<-) x "name" v}, the function in scope or a static
     * member of x's type.
     */
    Core dynamicAssignment(Expr.Binary target, Expr value, Scope scope, Pos pos) {
        List<Expr> args = List.of(target.left(), target.right(), value);
        Entry e = scope.lookup("?<-");
        if (e != null) return tc.applyAll(tc.entryValue(e, pos, "?<-"), args, scope, pos);
        List<Core> operands = args.stream().map(x -> tc.infer(x, scope)).toList();
        Core user = tc.userMembers.operator("?<-", operands, args.stream().map(Expr::pos).toList(), pos);
        if (user == null) throw new CompileError(pos, "The operator '?<-' is not defined.");
        return user;
    }

    /** An operator no function defines, such as {@code +.}: a static member of an operand's type, or an error. */
    private Core userOperator(Expr.Binary b, Scope scope) {
        Core user = tc.userMembers.operator(b.op(), List.of(tc.infer(b.left(), scope), tc.infer(b.right(), scope)),
                List.of(b.left().pos(), b.right().pos()), b.pos());
        if (user == null) throw new CompileError(b.pos(), "The operator '" + b.op() + "' is not defined.");
        return user;
    }

    /**
     * The function of {@code x |> g a b}. As in F#, the type of x is known before g's arguments are checked, so a
     * lambda among them sees its parameter types ({@code xs |> List.map (fun s -> s.Length)}).
     */
    Core pipelineTarget(Expr target, Type argType, Scope scope) {
        if (!(target instanceof Expr.App app)) return tc.infer(target, scope);
        List<Expr> args = new ArrayList<>();
        Expr fn = app;
        while (fn instanceof Expr.App a) {
            args.add(0, a.arg());
            fn = a.fn();
        }
        if (!(fn instanceof Expr.Ident id) || !(scope.lookup(id.parts().get(0)) instanceof Entry.NativeFn
                || scope.lookup(id.parts().get(0)) instanceof Entry.Module || scope.lookup(id.parts().get(0)) instanceof Entry.Value)
                || tc.names.ctorOf(id, scope) != null || id.parts().size() > 1 && scope.lookup(id.parts().get(0)) instanceof Entry.Value) {
            return tc.infer(target, scope);
        }
        Core f = tc.infer(fn, scope);
        Type t = f.type();
        for (int k = 0; k < args.size() && Type.prune(t) instanceof Type.Fun fun; k++) t = fun.to();
        if (Type.prune(t) instanceof Type.Fun last) TypeChecker.tryCoerce(last.from(), argType);
        return tc.applyAll(f, args, scope, app.pos());
    }

    Core applyCore(Core f, Core arg, Pos argPos, Pos pos) {
        Type result = new Type.Var(tc.level);
        Type ft = Type.prune(f.type());
        if (ft instanceof Type.Fun fun) {
            TypeChecker.coerce(fun.from(), arg.type(), argPos);
            result = fun.to();
        } else if (!Unifier.tryUnify(ft, new Type.Fun(arg.type(), result))) {
            throw new CompileError(pos, "This value is not a function and cannot be applied (its type is '" + ft + "')");
        }
        return tc.app(f, List.of(arg), result, pos);
    }

    Core unary(Expr.Unary u, Scope scope) {
        if (u.op().equals("&")) {
            throw new CompileError(u.pos(), "The address of a value ('&v') may only be a method's last argument, an out argument (d.TryGetValue(k, &v))");
        }
        Core x = tc.infer(u.operand(), scope);
        if (u.op().equals("!")) {
            Type contents = new Type.Var(tc.level);
            unify(Type.ref(contents), x.type(), u.operand().pos());
            return new Core.GetField(x, 0, contents, u.pos());
        }
        if (u.op().equals("~~~")) {
            if (!Unifier.tryUnify(tc.constrainedVar(Type.Constraint.INTEGER), x.type())) {
                throw new CompileError(u.operand().pos(), "The type '" + Type.prune(x.type()) + "' does not support the operator '~~~'");
            }
            return new Core.Op(Prim.BNOT, List.of(x), x.type(), u.pos());
        }
        Core user = tc.userMembers.operator("~-", List.of(x), List.of(u.operand().pos()), u.pos());
        if (user != null) return user;
        Type.Var v = tc.constrainedVar(Type.Constraint.NUMERIC);
        if (!Unifier.tryUnify(v, x.type())) {
            throw new CompileError(u.operand().pos(), "The type '" + Type.prune(x.type()) + "' does not support the operator '-'");
        }
        return new Core.Op(Prim.NEG, List.of(x), x.type(), u.pos());
    }
}
