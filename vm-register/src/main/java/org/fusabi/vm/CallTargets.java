package org.fusabi.vm;

import static org.fusabi.vm.bytecode.Op.*;

import java.util.HashMap;
import java.util.Map;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Code;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.Proto;

/**
 * Which function a CALLK calls. The compiler emits CALLK only where it knows the closure's prototype but does not
 * write it down, so this follows the closure register back to where it was made: SELF, a CLOSURE instruction, a
 * move, or a captured value (then to the function that made the closure, and any SETCAP that tied a knot). The
 * search reads instructions in code order backwards, not along control flow, so an answer is a guess: translated
 * code checks it before the direct call it allows, and otherwise calls the closure through the interpreter with
 * the arguments boxed by the guess's parameter kinds. Where the compiler emits CALLK every definition that reaches
 * the call holds that one function, and the nearest definition above it in the code is such a one unless a
 * register were reused in a branch while it holds a value the other branch needs, which the compiler's
 * scope-bound registers do not do.
 */
final class CallTargets {
    private static final int MAX_STEPS = 8;

    private final Image image;
    /** For each function made by a CLOSURE instruction: {function that makes it, pc of that instruction}. */
    private Map<Integer, int[]> makers;

    CallTargets(Image image) {
        this.image = image;
    }

    /** The prototype of the closure in ref register reg just before pc of fn, or null if not found. */
    Proto closureAt(Proto fn, int pc, int reg) {
        return closureAt(fn, pc, reg, MAX_STEPS);
    }

    private Proto closureAt(Proto fn, int pc, int reg, int steps) {
        if (steps == 0) return null;
        int[] code = fn.code;
        int[] starts = new int[code.length];
        int n = 0;
        for (int at = 0; at < pc; at = Code.next(code, at)) starts[n++] = at;
        for (int i = n - 1; i >= 0; i--) {
            int ins = code[starts[i]];
            int op = op(ins);
            int a = a(ins);
            if (a > reg || !writesRef(op)) continue;
            if (a < reg) {
                // A call's frame starts at its register A and overwrites the registers above it.
                if (op == CALLG || op == CALLK || op == APPLY) return null;
                continue;
            }
            return switch (op) {
                case SELF -> fn;
                case CLOSURE -> image.proto(bx(ins));
                case MOVR -> closureAt(fn, starts[i], b(ins), steps - 1);
                case GETUPR -> captured(fn, b(ins), steps - 1);
                default -> null;
            };
        }
        return null;
    }

    /** The prototype of the closure that fn captured as its ref capture index. */
    private Proto captured(Proto fn, int index, int steps) {
        int[] maker = makers().get(fn.index);
        if (maker == null || steps == 0) return null;
        Proto outer = image.proto(maker[0]);
        int[] code = outer.code;
        for (int at = 0; at < code.length; at = Code.next(code, at)) {
            int ins = code[at];
            if (op(ins) == SETCAP && b(ins) == index && closureAt(outer, at, a(ins), steps - 1) == fn) {
                return closureAt(outer, at, c(ins), steps - 1);
            }
        }
        int desc = fn.captures[index];
        return Capture.fromCapture(desc)
                ? captured(outer, Capture.index(desc), steps - 1)
                : closureAt(outer, maker[1], Capture.index(desc), steps - 1);
    }

    private Map<Integer, int[]> makers() {
        if (makers != null) return makers;
        makers = new HashMap<>();
        for (int f = 0; f < image.protoCount(); f++) {
            int[] code = image.proto(f).code;
            for (int at = 0; at < code.length; at = Code.next(code, at)) {
                if (op(code[at]) == CLOSURE) makers.putIfAbsent(bx(code[at]), new int[] {f, at});
            }
        }
        return makers;
    }

    /** Whether the instruction writes ref register A (calls: their frame, from A up). */
    private static boolean writesRef(int op) {
        return switch (op) {
            case MOVR, LOADS, LOADU, LOADNIL, LOADNONE, GETGR, GETUPR, SELF, BOXI, BOXF, BOXB, BOXC, CONCAT, TUPLE,
                 GETITEM, CONS, HEAD, TAIL, UNION, GETUF, RECORD, GETRF, ARRAY, ARRAYP, AGET, CALLG, CALLK, APPLY, CALLN,
                 CLOSURE, FMT, TRY, EXNVAL, CELLP, CELLR, GETCR -> true;
            default -> false;
        };
    }
}
