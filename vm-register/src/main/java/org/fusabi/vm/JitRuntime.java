package org.fusabi.vm;

import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.image.InvalidImageException;
import org.fusabi.vm.value.Numbers;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;

/** What translated code calls that is not worth writing out in bytecode at every use (see {@link Jit}). */
final class JitRuntime {
    private JitRuntime() {}

    /** CONV between the types of operand C (see {@link NumType#conversion}). */
    static long convert(long v, int conversion) {
        return Numbers.convert(v, NumType.from(conversion), NumType.to(conversion));
    }

    /** The box of a register value of a kind without a Java box class of its own (BOXN). */
    static Object box(long v, int kind) {
        return Numbers.box(kind, v);
    }

    /** The register value of such a kind from its box (UNBOXN). */
    static long unbox(Object box, int kind) {
        return Numbers.unbox(kind, box);
    }

    /** Translated code divided an int by zero, where it happened. */
    static ScriptError divideByZeroAt(String location, String function) {
        return located(NetErrors.divideByZero(), location, function);
    }

    /** No case of a match in translated code fit the value, where it happened. */
    static ScriptError matchFailureAt(String location, String function) {
        return located(NetErrors.matchFailure(), location, function);
    }

    /** An error leaves a translated frame of function, which was at location. */
    static ScriptError located(ScriptError e, String location, String function) {
        e.addFrame(function, location);
        return e;
    }

    /**
     * An error leaves a translated frame at a tail call: the interpreter would have replaced the frame by the
     * callee's, so it shows only if the error happened in it (a native it called threw).
     */
    static ScriptError locatedTail(ScriptError e, String location, String function) {
        if (!e.located()) e.addFrame(function, location);
        return e;
    }

    /**
     * A Java exception from something translated code called (a native's bug, say) is the interpreter's fatal
     * "internal error" at that call, a null met there its NullReferenceException and a value of another type its
     * InvalidCastException (unbox); a damaged image stays an
     * InvalidImageException, as in the interpreter.
     */
    static RuntimeException internal(RuntimeException e, String location, String function) {
        if (e instanceof InvalidImageException) return e;
        if (e instanceof NullPointerException) return located(NetErrors.nullReference(), location, function);
        if (e instanceof ClassCastException) return located(NetErrors.invalidCast(), location, function);
        return located(ScriptError.fatal("internal error: " + e), location, function);
    }

    /**
     * The Java stack or heap ran out in something translated code called: the interpreter's fatal error at that
     * call. Other errors of the JVM are not the script's and go on.
     */
    static ScriptError javaError(VirtualMachineError e, String location, String function) {
        if (!(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) throw e;
        return located(ScriptError.of(e), location, function);
    }

    static boolean isCase(Object v, UnionType type, int tag) {
        return v instanceof UnionValue u && u.type == type && u.tag == tag;
    }

    /** The entry of a tag switch's table for a tag, or -1 (fall through past the table) when there is none. */
    static int switchIndex(long tag, int cases) {
        return tag >= 0 && tag < cases ? (int) tag : -1;
    }
}
