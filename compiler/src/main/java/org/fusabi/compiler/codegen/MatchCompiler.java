package org.fusabi.compiler.codegen;

import static org.fusabi.vm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.typecheck.Builtins;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.bytecode.Kind;

/**
 * Match compilation: the clauses of a match in order, each pattern compiled to tests that jump to the next clause
 * on failure; a match on a union's cases dispatches by tag through a table first, and {@code match a, b with}
 * tests each item in its own register without building the tuple.
 */
final class MatchCompiler {
    private final CodeGen gen;
    /** The active pattern calls the clauses of the match being compiled share. */
    private SharedViews views = SharedViews.NONE;

    MatchCompiler(CodeGen gen) {
        this.gen = gen;
    }

    /** Compiles a match; when no case matches, a try handler's match rethrows the error in {@code reraise}. */
    void match(Core.Match m, int dest, boolean tail, int reraise) {
        int mark = gen.fn.top();
        gen.fn.at(m.pos());
        int sk = CodeGen.kind(m.scrutinee().type());
        // match a, b with ...: the tuple is never built; each pattern item is tested against its own register.
        Core.Tuple spread = m.scrutinee() instanceof Core.Tuple t && m.clauses().stream()
                .allMatch(c -> c.pattern() instanceof CPat.Wild || c.pattern() instanceof CPat.Tuple) ? t : null;
        int[] items = null;
        int s = -1;
        if (spread != null) {
            items = new int[spread.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = gen.operand(spread.items().get(i));
        } else {
            s = gen.operand(m.scrutinee());
        }
        SharedViews outer = views;
        views = SharedViews.of(m.clauses(), s, items, gen.fn);
        List<Integer> ends = new ArrayList<>();
        TypeDecl.Union union = unionSwitched(m);
        int tag = -1;
        int table = -1;
        int[] clauseStarts = new int[m.clauses().size()];
        if (union != null) {
            tag = gen.fn.alloc();
            gen.fn.emit(abc(GETTAG, tag, s, 0));
            gen.fn.emit(abc(TSWITCH, tag, 0, union.cases.size()));
            table = gen.fn.here();
            for (int i = 0; i < union.cases.size(); i++) gen.fn.emit(0);
        }
        for (int ci = 0; ci < m.clauses().size(); ci++) {
            Core.Clause clause = m.clauses().get(ci);
            clauseStarts[ci] = gen.fn.here();
            int clauseMark = gen.fn.top();
            List<Integer> fails = new ArrayList<>();
            allocateBindings(clause.pattern());
            if (spread != null) {
                if (clause.pattern() instanceof CPat.Tuple tp) {
                    for (int i = 0; i < items.length; i++) test(tp.items().get(i), items[i], CodeGen.kind(spread.items().get(i).type()), fails);
                }
            } else if (tag >= 0 && clause.pattern() instanceof CPat.Case c) {
                testCase(c, s, tag, fails);
            } else {
                test(clause.pattern(), s, sk, fails);
            }
            if (clause.guard() != null) fails.add(gen.branchUnless(clause.guard()));
            if (tail) {
                gen.tail(clause.body());
            } else {
                gen.expr(clause.body(), dest);
                ends.add(gen.fn.emit(sj(JMP, 0)));
            }
            for (int j : fails) gen.fn.patchHere(j);
            gen.fn.free(clauseMark);
        }
        gen.fn.at(m.pos());
        if (union != null) {
            // Each tag jumps to the first clause that can match it; later clauses are reached by falling through.
            int end = table + union.cases.size();
            for (int t = 0; t < union.cases.size(); t++) {
                int target = gen.fn.here();
                for (int ci = m.clauses().size() - 1; ci >= 0; ci--) {
                    if (mayMatch(m.clauses().get(ci).pattern(), t)) target = clauseStarts[ci];
                }
                gen.fn.setWord(table + t, target - end);
            }
        }
        gen.fn.emit(reraise >= 0 ? abc(RERAISE, reraise, 0, 0) : abc(MATCHFAIL, 0, 0, 0));
        for (int j : ends) gen.fn.patchHere(j);
        views = outer;
        gen.fn.free(mark);
    }

    /** The union a match switches on by tag: a non-exception union with several cases, matched by several clauses. */
    private static TypeDecl.Union unionSwitched(Core.Match m) {
        if (!(Builtins.declOf(m.scrutinee().type()) instanceof TypeDecl.Union u) || u.exception || u.cases.size() < 2) return null;
        long caseClauses = m.clauses().stream().filter(c -> c.pattern() instanceof CPat.Case).count();
        return caseClauses >= 2 && u.cases.size() <= 255 ? u : null;
    }

    private static boolean mayMatch(CPat p, int tag) {
        return switch (p) {
            case CPat.Case c -> c.ctor().tag() == tag;
            case CPat.Or o -> mayMatch(o.left(), tag) || mayMatch(o.right(), tag);
            case CPat.Bind b -> mayMatch(b.inner(), tag);
            default -> true;
        };
    }

    /** Tests a union case pattern; tag is a register already holding the value's tag, or -1. */
    private void testCase(CPat.Case c, int r, int tag, List<Integer> fails) {
        if (c.ctor().owner().exception) {
            int t = gen.fn.alloc();
            gen.fn.emit(abc(ISCASE, t, r, 0));
            gen.fn.emit(gen.caseWord(c.ctor()));
            fails.add(gen.fn.emit(asbx(JMPF, t, 0)));
        } else if (c.ctor().owner().cases.size() > 1) {
            if (tag < 0) {
                tag = gen.fn.alloc();
                gen.fn.emit(abc(GETTAG, tag, r, 0));
            }
            if (c.ctor().tag() <= Byte.MAX_VALUE) {
                gen.fn.emit(abc(IFEQK, tag, c.ctor().tag(), 0));
            } else {
                int want = gen.fn.alloc();
                gen.intConstant(c.ctor().tag(), want);
                gen.fn.emit(abc(IFEQ, tag, want, 0));
            }
            fails.add(gen.fn.branchWord());
        }
        for (int i = 0; i < c.args().size(); i++) {
            // A field the case stores unboxed is read unboxed, so that matching allocates no box for it.
            int stored = gen.caseFieldKind(c.ctor(), i);
            extract(stored == Kind.REF ? GETUF : GETUFP, stored, r, i, c.args().get(i), fails);
        }
    }

    private void extract(int opcode, int r, int i, CPat sub, List<Integer> fails) {
        extract(opcode, Kind.REF, r, i, sub, fails);
    }

    /**
     * Reads part i of the value in r (a field, an item), which the opcode leaves in a register of the kind given, and
     * tests it; a plain variable receives it directly.
     */
    private void extract(int opcode, int kind, int r, int i, CPat sub, List<Integer> fails) {
        if (sub instanceof CPat.Wild) return;
        if (sub instanceof CPat.Bind b && b.inner() instanceof CPat.Wild && !b.var().global()) {
            int target = gen.fn.registers.get(b.var());
            gen.fn.emit(abc(opcode, target, r, i));
            gen.convert(target, kind, CodeGen.kind(b.var().type));
            return;
        }
        int t = gen.fn.alloc();
        gen.fn.emit(abc(opcode, t, r, i));
        test(sub, t, kind, fails);
    }

    private void allocateBindings(CPat p) {
        java.util.Set<Var> vars = Lifting.newVarSet();
        Lifting.bindPattern(p, vars);
        List<Var> ordered = new ArrayList<>(vars);
        for (Var v : ordered) if (!v.global()) gen.fn.registers.put(v, gen.fn.alloc());
    }

    /** Applies an active pattern's function to the value in r and tests what it returns. */
    private void view(CPat.View v, int r, int k, List<Integer> fails) {
        int[] shared = views.slot(v, r);
        if (shared != null) {
            gen.fn.emit(abc(IFEQK, shared[1], 0, 0));
            int made = gen.fn.branchWord();
            call(v, r, k, shared[0]);
            gen.fn.emit(asbx(LOADI, shared[1], 1));
            gen.fn.patchHere(made);
            test(v.result(), shared[0], CodeGen.kind(v.resultType()), fails);
            return;
        }
        int result = gen.fn.alloc();
        call(v, r, k, result);
        test(v.result(), result, CodeGen.kind(v.resultType()), fails);
    }

    /** Calls an active pattern's function on the value in r (of kind k), leaving its result in register result. */
    private void call(CPat.View v, int r, int k, int result) {
        int mark = gen.fn.top();
        int ik = CodeGen.kind(v.input());
        int in = r;
        if (ik != k) {
            in = gen.fn.alloc();
            gen.move(r, in, k);
            gen.convert(in, k, ik);
        }
        Var input = new Var("_input", v.input(), false);
        gen.fn.registers.put(input, in);
        List<Core> args = new ArrayList<>();
        Core f = v.function();
        // A parameterised pattern's function is a partial application: the call passes all its arguments at once.
        if (f instanceof Core.App partial) {
            args.addAll(partial.args());
            f = partial.fn();
        }
        args.add(new Core.Ref(input, v.input(), null));
        gen.expr(new Core.App(f, args, v.resultType(), null), result);
        gen.fn.free(mark);
    }

    /** Tests the value in register r (of kind k) against p, jumping to a failure label on mismatch. */
    private void test(CPat p, int r, int k, List<Integer> fails) {
        switch (p) {
            case CPat.Wild w -> { }
            case CPat.Bind b -> {
                test(b.inner(), r, k, fails);
                Var v = b.var();
                int vk = CodeGen.kind(v.type);
                int target = v.global() ? gen.fn.alloc() : gen.fn.registers.get(v);
                gen.move(r, target, k);
                gen.convert(target, k, vk);
                if (v.global()) gen.fn.emit(abx(vk == Kind.REF ? SETGR : SETGP, target, gen.globalOperand(v)));
            }
            case CPat.Lit lit -> {
                int t = gen.fn.alloc();
                int lk = CodeGen.kind(lit.type());
                gen.literal(lit.value(), t);
                int c = gen.fn.alloc();
                if (k == Kind.REF) {
                    gen.convert(t, lk, Kind.REF);
                    gen.fn.emit(abc(EQR, c, r, t));
                } else {
                    gen.fn.emit(abc(Arithmetic.floating(lk) ? EQF : EQI, c, r, t));
                }
                fails.add(gen.fn.emit(asbx(JMPF, c, 0)));
            }
            case CPat.Tuple t -> {
                for (int i = 0; i < t.items().size(); i++) extract(GETITEM, r, i, t.items().get(i), fails);
            }
            case CPat.Nil n -> {
                int c = gen.fn.alloc();
                gen.fn.emit(abc(ISNIL, c, r, 0));
                fails.add(gen.fn.emit(asbx(JMPF, c, 0)));
            }
            case CPat.Cons c -> {
                int t = gen.fn.alloc();
                gen.fn.emit(abc(ISNIL, t, r, 0));
                fails.add(gen.fn.emit(asbx(JMPT, t, 0)));
                extract(HEAD, r, 0, c.head(), fails);
                extract(TAIL, r, 0, c.tail(), fails);
            }
            case CPat.Case c -> testCase(c, r, -1, fails);
            case CPat.Record rec -> {
                for (int i = 0; i < rec.fields().size(); i++) extract(GETRF, r, rec.indexes().get(i), rec.fields().get(i), fails);
            }
            case CPat.Array a -> {
                int n = gen.fn.alloc();
                gen.fn.emit(abc(ALEN, n, r, 0));
                int want = gen.fn.alloc();
                gen.fn.emit(asbx(LOADI, want, a.items().size()));
                gen.fn.emit(abc(EQI, n, n, want));
                fails.add(gen.fn.emit(asbx(JMPF, n, 0)));
                for (int i = 0; i < a.items().size(); i++) {
                    int idx = gen.fn.alloc();
                    gen.fn.emit(asbx(LOADI, idx, i));
                    int e = gen.fn.alloc();
                    gen.fn.emit(abc(AGET, e, r, idx));
                    test(a.items().get(i), e, Kind.REF, fails);
                }
            }
            case CPat.View v -> view(v, r, k, fails);
            case CPat.TypeTest tt -> {
                int a = gen.fn.alloc();
                gen.move(r, a, k);
                gen.literal(tt.type(), gen.fn.alloc());
                gen.fn.emit(abx(CALLN, a, gen.nativeIndex("Exn.isType")));
                gen.convert(a, Kind.REF, Kind.BOOL);
                fails.add(gen.fn.emit(asbx(JMPF, a, 0)));
            }
            case CPat.Or o -> {
                List<Integer> leftFails = new ArrayList<>();
                test(o.left(), r, k, leftFails);
                int ok = gen.fn.emit(sj(JMP, 0));
                for (int j : leftFails) gen.fn.patchHere(j);
                test(o.right(), r, k, fails);
                gen.fn.patchHere(ok);
            }
        }
    }
}
