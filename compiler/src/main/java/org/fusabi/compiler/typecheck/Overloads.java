package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;

/**
 * F#'s method application resolution (the F# spec, 14.4) among overloads of a script's member that take the same
 * number of arguments: the arguments are checked first; the overloads whose parameters they fit, directly or
 * through the upcasts F# inserts at a method call (to obj, to an interface the argument's type implements, to a
 * base class, to IComparable, a collection to seq), are applicable; of those, the one whose parameter types each
 * fit the other's is the most specific, a non-generic one before a generic one, and is called. Whether a type fits
 * is decided without unifying anything, so a rejected overload leaves no trace.
 */
final class Overloads {
    private final TypeChecker tc;

    Overloads(TypeChecker tc) {
        this.tc = tc;
    }

    /**
     * The overload of candidates (each given as the types of its first group of parameters) that arguments of the
     * types given call; F#'s errors when none or several do. lambdas gives, for each argument written as a lambda,
     * its number of parameters (else -1): of the overloads it fits, those taking a function of exactly as many
     * arguments are preferred, as checking the lambda against the others' would fail where it does not return a
     * function.
     */
    <M> M choose(String name, List<M> candidates, List<List<Type>> params, List<Type> args, List<Integer> lambdas, Pos pos) {
        List<Integer> applicable = applicable(params, args, lambdas);
        if (applicable.isEmpty()) {
            String known = String.join(" * ", args.stream().map(TypePrinter::print).toList());
            throw new CompileError(pos, "No overloads match for method '" + name + "'. Known type" + (args.size() == 1 ? " of argument: " : "s of arguments: ")
                    + known + ". Known overloads: " + String.join(", ", params.stream().map(p -> shape(name, p)).toList()) + ".");
        }
        int best = best(applicable, params);
        if (best >= 0) return candidates.get(best);
        throw new CompileError(pos, "A unique overload for method '" + name + "' could not be determined based on type information"
                + " prior to this program point. A type annotation may be needed. Candidates: "
                + String.join(", ", applicable.stream().map(k -> shape(name, params.get(k))).toList()) + ".");
    }

    /** As {@link #choose}, for arguments none of which is a lambda; null where no overload or several fit. */
    <M> M unique(List<M> candidates, List<List<Type>> params, List<Type> args) {
        int best = best(applicable(params, args, args.stream().map(a -> -1).toList()), params);
        return best < 0 ? null : candidates.get(best);
    }

    private List<Integer> applicable(List<List<Type>> params, List<Type> args, List<Integer> lambdas) {
        List<Integer> applicable = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) if (allFit(args, params.get(k))) applicable.add(k);
        List<Integer> sameArity = applicable.stream().filter(k -> aritiesMatch(params.get(k), lambdas)).toList();
        return sameArity.isEmpty() ? applicable : sameArity;
    }

    /** The one of the applicable overloads better than each other one, or -1. */
    private int best(List<Integer> applicable, List<List<Type>> params) {
        for (int a : applicable) {
            boolean best = true;
            for (int b : applicable) if (a != b && !better(params.get(a), params.get(b))) best = false;
            if (best) return a;
        }
        return -1;
    }

    private static boolean aritiesMatch(List<Type> params, List<Integer> lambdas) {
        for (int k = 0; k < params.size(); k++) if (lambdas.get(k) >= 0 && arity(params.get(k)) != lambdas.get(k)) return false;
        return true;
    }

    private static int arity(Type t) {
        int n = 0;
        for (Type f = Type.prune(t); f instanceof Type.Fun fun; f = Type.prune(fun.to())) n++;
        return n;
    }

    private static String shape(String name, List<Type> types) {
        return name + "(" + String.join(", ", types.stream().map(TypePrinter::print).toList()) + ")";
    }

    /** Whether overload a, of parameters pa, is better than one of pb: more specific, or as specific and not generic where it is. */
    private boolean better(List<Type> pa, List<Type> pb) {
        if (!allFit(pa, pb)) return false;
        return !allFit(pb, pa) || generic(pb) && !generic(pa);
    }

    private boolean allFit(List<Type> args, List<Type> params) {
        if (args.size() != params.size()) return false;
        for (int k = 0; k < args.size(); k++) if (!fits(args.get(k), params.get(k))) return false;
        return true;
    }

    /** Whether a value of type arg may be passed for a parameter of type param. */
    private boolean fits(Type arg, Type param) {
        arg = Type.prune(arg);
        param = Type.prune(param);
        if (param instanceof Type.Var || Interfaces.isObject(param)) return true;
        if (arg instanceof Type.Var v) return v.constraint == Type.Constraint.NONE || param instanceof Type.Con c && v.constraint.admits(c);
        if (Comparables.is(param)) return Comparables.is(arg) || Comparables.implementedBy(arg, tc);
        if (param instanceof Type.Con pc && pc.name().equals("seq") && Enumerables.elementType(arg) != null) {
            return matches(Enumerables.elementType(arg), pc.args().getFirst());
        }
        TypeDecl from = Builtins.declOf(arg);
        TypeDecl to = Builtins.declOf(param);
        if (from != null && to != null && from != to) {
            return tc.classes.derives(from, to) || tc.interfaces.isInterface(param) && tc.interfaces.implementsInterface(from, to);
        }
        return matches(arg, param);
    }

    /** Whether two types could be unified: the same shape, a variable matching anything. */
    private static boolean matches(Type a, Type b) {
        a = Type.prune(a);
        b = Type.prune(b);
        if (a instanceof Type.Var || b instanceof Type.Var) return true;
        return switch (a) {
            case Type.Con ca -> b instanceof Type.Con cb && ca.name().equals(cb.name()) && ca.decl() == cb.decl() && allMatch(ca.args(), cb.args());
            case Type.Fun fa -> b instanceof Type.Fun fb && matches(fa.from(), fb.from()) && matches(fa.to(), fb.to());
            case Type.Tuple ta -> b instanceof Type.Tuple tb && allMatch(ta.items(), tb.items());
            case Type.Var v -> true;
        };
    }

    private static boolean allMatch(List<Type> as, List<Type> bs) {
        if (as.size() != bs.size()) return false;
        for (int k = 0; k < as.size(); k++) if (!matches(as.get(k), bs.get(k))) return false;
        return true;
    }

    private static boolean generic(List<Type> types) {
        return types.stream().anyMatch(Overloads::hasVar);
    }

    private static boolean hasVar(Type t) {
        return switch (Type.prune(t)) {
            case Type.Var v -> true;
            case Type.Con c -> c.args().stream().anyMatch(Overloads::hasVar);
            case Type.Fun f -> hasVar(f.from()) || hasVar(f.to());
            case Type.Tuple tp -> tp.items().stream().anyMatch(Overloads::hasVar);
        };
    }
}
