package org.fusabi.vm.image;

import static org.fusabi.vm.bytecode.Op.*;
import static org.fusabi.vm.image.ImageLayout.*;

import java.util.Arrays;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Code;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * Checks one function of an image before it first runs and returns it as a {@link Proto}; the interpreter does
 * no checks of its own on operands, so everything an instruction indexes is proven in range here: registers
 * against the frame size, constants, strings, globals, types, natives and prototypes against their tables, jump
 * targets against the function's instruction starts, call arities against the callee, capture descriptors
 * against the frame or closure they copy from. What is checked is the copy the function's code was read into
 * ({@link FunctionBytes}), so a file changed under its mapping cannot slip unchecked code in.
 *
 * <p>Register kinds (whether a register holds a primitive or a reference) are not tracked: every register exists
 * in both files, so a wrong kind reads a stale value, and a wrong cast is reported by the interpreter as an
 * internal error rather than breaking memory safety.
 */
public final class ImageVerifier {
    private final Image image;
    private final int index;
    private final ProtoRecord rec;
    private final String name;
    private final int nregs;
    private final int ncaps;
    private int[] code;
    private int at;

    private ImageVerifier(Image image, int index) {
        this.image = image;
        this.index = index;
        this.rec = image.record(index);
        this.name = image.functionName(index);
        this.nregs = rec.nregs();
        this.ncaps = rec.ncaps();
    }

    static Proto verify(Image image, int index) {
        return new ImageVerifier(image, index).verify();
    }

    private Proto verify() {
        if (rec.name() >= image.stringCount()) fail("name index out of range");
        if (rec.nparams() > nregs) fail(rec.nparams() + " parameters do not fit a frame of " + nregs + " registers");
        if (!Kind.valid(rec.retKind())) fail("bad result kind " + rec.retKind());
        FunctionBytes f = image.functionBytes(index);
        code = f.code;
        checkCode();
        return new Proto(index, name, nregs, f.kinds, (byte) rec.retKind(), f.captures, code, f.lines);
    }

    private void checkCode() {
        int n = code.length;
        boolean[] starts = new boolean[n];
        for (at = 0; at < n; at = next(at)) {
            int op = Op.op(code[at]);
            if (op >= Op.COUNT) fail("unknown opcode " + op);
            starts[at] = true;
            if (next(at) > n) fail(Op.name(op) + " lacks its operand word");
            checkOperands(op, code[at]);
            if (next(at) == n && !ends(op)) fail("runs off the end of the function");
        }
        for (at = 0; at < n; at = next(at)) {
            for (long target : jumpTargets(Op.op(code[at]))) jumpTo(starts, target);
        }
        checkTryNesting();
    }

    /**
     * Every instruction is reached with the same number of open trys (entered by TRY, not yet left by ENDTRY) on
     * every path, an ENDTRY closes one that is open, and the function returns or makes a tail call with none open.
     * The interpreter keeps handlers on one stack for all frames, so a try left open by a function that returned
     * would catch an error of the next function at the same depth and resume it at the first one's handler address,
     * which in the other function may be an operand word.
     */
    private void checkTryNesting() {
        int[] open = new int[code.length];
        Arrays.fill(open, -1);
        int[] work = new int[code.length];
        int pending = 0;
        open[0] = 0;
        work[pending++] = 0;
        while (pending > 0) {
            at = work[--pending];
            int op = Op.op(code[at]);
            int trys = open[at];
            int after = op == TRY ? trys + 1 : op == ENDTRY ? trys - 1 : trys;
            if (after < 0) fail("ENDTRY without an open TRY");
            if ((op == RET || op == TCALLG || op == TCALLK || op == TAPPLY) && trys > 0) fail(Op.name(op) + " inside a try");
            // A handler runs once its try is closed: with the trys open before the TRY, as after any other jump.
            for (long target : jumpTargets(op)) pending = reach((int) target, trys, open, work, pending);
            if (!ends(op)) pending = reach(next(at), after, open, work, pending);
        }
    }

    private int reach(int target, int trys, int[] open, int[] work, int pending) {
        if (open[target] == -1) {
            open[target] = trys;
            work[pending++] = target;
        } else if (open[target] != trys) {
            fail("instruction " + target + " is reached with " + open[target] + " and with " + trys + " open trys");
        }
        return pending;
    }

    /** Where the instruction at {@code at} may jump (a try's handler and a switch's cases included), relative jumps resolved. */
    private long[] jumpTargets(int op) {
        if (op == JMP || op == JMPF || op == JMPT || op == TRY) return new long[] {Code.jumpTarget(code, at)};
        if (Op.isBranch(op)) return new long[] {Code.branchTarget(code, at)};
        if (op != TSWITCH) return NO_JUMPS;
        long[] targets = new long[c(code[at])];
        for (int tag = 0; tag < targets.length; tag++) targets[tag] = Code.switchTarget(code, at, tag);
        return targets;
    }

    private static final long[] NO_JUMPS = {};

    private void jumpTo(boolean[] starts, long target) {
        if (target < 0 || target >= starts.length || !starts[(int) target]) {
            fail("jump target " + target + " is not an instruction of the function");
        }
    }

    private int next(int pc) {
        return Code.next(code, pc);
    }

    /** Instructions after which control never falls through to the next word. */
    private static boolean ends(int op) {
        return op == RET || op == JMP || op == TCALLG || op == TCALLK || op == TAPPLY
                || op == MATCHFAIL || op == FAIL || op == RAISE || op == RERAISE;
    }

    private void checkOperands(int op, int ins) {
        int a = a(ins), b = b(ins), c = c(ins);
        switch (op) {
            case MOVP, MOVR, NEGI, BNOT, NEGF, NOT, BOXI, BOXF, BOXB, BOXC, UNBOXI, UNBOXF, UNBOXB, UNBOXC, I2F, F2I, CHR,
                 ISNIL, HEAD, TAIL, GETTAG, ALEN, ADDIK, GETITEM, GETUF, GETUFP, GETRF, GETRFP,
                 CELLP, CELLR, GETCP, GETCR, SETCP, SETCR -> { reg(a); reg(b); }
            case ADDI, SUBI, MULI, DIVI, MODI, BAND, BOR, BXOR, SHL, SHR, ADDF, SUBF, MULF, DIVF, MODF, POWF,
                 EQI, LTI, LEI, EQF, LTF, LEF, EQR, CMPR, CONCAT, CONS, AGET, ASET, DIVU, MODU, LTU, LEU, SHRU,
                 AGETI, AGETF, AGETB, AGETC, ASETI, ASETF, ASETB, ASETC -> { reg(a); reg(b); reg(c); }
            case CONV -> { reg(a); reg(b); numType(NumType.from(c)); numType(NumType.to(c)); }
            case BOXN, UNBOXN -> { reg(a); reg(b); numType(NumType.ofKind(c)); }
            case LOADI, LOADU, LOADNIL, LOADNONE, SELF, JMPF, JMPT, RET, FAIL, RAISE, OUT, TRY, RERAISE -> reg(a);
            case IFLT, IFLE, IFEQ, IFNE, IFLTF, IFLEF, IFEQF, IFNEF, EXNVAL -> { reg(a); reg(b); }
            case IFLTK, IFLEK, IFGTK, IFGEK, IFEQK, IFNEK -> reg(a);
            case ISCASE -> { reg(a); reg(b); below(UnionCase.type(code[at + 1]), image.typeCount(), "type"); }
            case SETRF, SETRFP, SETCAP -> { reg(a); reg(c); }
            case JMP, MATCHFAIL, ENDTRY -> { }
            case TSWITCH -> reg(a);
            case LOADK -> { reg(a); below(bx(ins), image.constantCount(), "constant"); }
            case LOADS -> { reg(a); below(bx(ins), image.stringCount(), "string"); }
            case GETGP, GETGR, SETGP, SETGR -> { reg(a); below(bx(ins), image.globals(), "global"); }
            case GETUPP, GETUPR -> { reg(a); below(b, ncaps, "capture"); }
            case TUPLE, ARRAY -> { reg(a); span(b, c); }
            case ARRAYP -> {
                reg(a);
                span(b, c);
                if (!Kind.unboxedInArrays(code[at + 1])) fail("ARRAYP of kind " + code[at + 1] + ", not one of an unboxed array");
            }
            case UNION -> { reg(a); span(b, c); union(code[at + 1], c); }
            case RECORD -> { reg(a); span(b, c); record(code[at + 1], c); }
            case FMT -> { reg(a); span(b, c); below(code[at + 1] & 0xFFFFFFFFL, image.stringCount(), "format string"); }
            case CALLG, TCALLG -> {
                below(bx(ins), image.protoCount(), "function");
                ProtoRecord callee = image.record(bx(ins));
                if (callee.ncaps() != 0) fail("calls function #" + bx(ins) + " directly, but it needs a closure");
                span(a, Math.max(callee.nparams(), 1));
            }
            case CALLK, TCALLK -> { reg(a); reg(b); }
            case APPLY, TAPPLY -> span(a, b + 1);
            case CALLN -> {
                below(bx(ins), image.nativeCount(), "native");
                span(a, image.nativeAt(bx(ins)).arity());
            }
            case CLOSURE -> { reg(a); closure(bx(ins)); }
            // An opcode added to Op without a rule here is refused rather than trusted.
            default -> fail("opcode " + Op.name(op) + " has no verifier rule");
        }
    }

    private void numType(NumType t) {
        if (t == null) fail("not a numeric type");
    }

    private void reg(int r) {
        if (r >= nregs) fail("register " + r + " out of range (frame of " + nregs + ")");
    }

    /** Registers from..from+count-1 all inside the frame. */
    private void span(int from, int count) {
        if (from + count > nregs) fail("registers " + from + ".." + (from + count - 1) + " out of range (frame of " + nregs + ")");
    }

    private void below(long i, long limit, String what) {
        if (i >= limit) fail(what + " index " + i + " out of range (" + limit + ")");
    }

    private void union(int word, int fields) {
        int type = UnionCase.type(word);
        int tag = UnionCase.tag(word);
        below(type, image.typeCount(), "type");
        if (!(image.type(type) instanceof UnionType u)) { fail("type " + type + " is not a union"); return; }
        below(tag, u.cases().size(), "union case");
        if (u.arities().get(tag) != fields) fail("case " + u.cases().get(tag) + " built with " + fields + " fields");
    }

    private void record(int type, int fields) {
        below(type & 0xFFFFFFFFL, image.typeCount(), "type");
        if (!(image.type(type) instanceof RecordType t)) { fail("type " + type + " is not a record"); return; }
        if (t.fields().size() != fields) fail("record " + t.name() + " built with " + fields + " fields");
    }

    /**
     * The new closure copies from this frame's registers or this function's own captures, as the descriptors of the
     * copy the closure's function will run with say.
     */
    private void closure(int target) {
        below(target, image.protoCount(), "function");
        for (int desc : image.functionBytes(target).captures) {
            if (Capture.fromCapture(desc)) below(Capture.index(desc), ncaps, "capture");
            else reg(Capture.index(desc));
        }
    }

    private void fail(String what) {
        throw failure(index, name, what + (code != null && at < code.length ? " at instruction " + at : ""));
    }

    /** What is wrong with the function at index, called name. */
    static InvalidImageException failure(int index, String name, String what) {
        return new InvalidImageException("function #" + index + " '" + name + "': " + what);
    }
}
