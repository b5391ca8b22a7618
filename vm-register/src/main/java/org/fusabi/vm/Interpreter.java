package org.fusabi.vm;

import static org.fusabi.vm.bytecode.Op.*;

import java.io.PrintStream;
import java.util.Arrays;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.printf.FormatString;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.InvalidImageException;
import org.fusabi.vm.image.Proto;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Cell;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Numbers;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * Runs an image: one dispatch loop over the instructions of verified prototypes. A prototype is verified and its
 * code copied to an int[] when first called (reading an int[] is 18% faster on fib than reading the segment), so
 * what is copied is the code that runs, not the whole image.
 *
 * <p>Registers of all active frames live in two stacks, {@code p} (primitives) and {@code r} (references);
 * a frame is a window starting at its base. Script calls push a frame record onto parallel arrays instead of
 * recursing in Java, so tail calls reuse the frame and deep recursion ends in a Fusabi "stack overflow" at the
 * configured depth. Natives that call back into the script (List.map...) re-enter {@link #execute} on the
 * Java stack. An interpreter is single-threaded; one image may be shared by many interpreters.
 */
public final class Interpreter {
    private static final int MAX_REGISTERS = 1 << 24;

    private final Image image;
    private final Proto[] protos;
    /** The second tier's counts and translations of the image's functions, shared by its interpreters. */
    private final JitState jit;
    private final Native[] natives;
    private final long[] constants;
    private final PrintStream out;
    private final PrintStream err;
    final long[] gp;
    final Object[] gr;
    private final FormatString[] formats;
    private final UnionValue[][] nullaryCases;
    private static final int DEFAULT_MAX_DEPTH = 1_000_000;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    /** Interpreted calls of a function, and turns of a loop in a running frame, before the function is translated. */
    private int callThreshold = Jit.THRESHOLD;
    private int loopThreshold = Jit.LOOP_THRESHOLD;
    private Meter meter = new Meter(Limits.NONE);
    /** False to run everything interpreted, whatever is hot or already translated (tests compare the two). */
    private boolean translating = true;
    /**
     * How many more bytes of Java stack translated code may take, by {@link Jit#frameBytes} (its frames are Java
     * frames, the interpreter's are on the heap; a tail call takes one too): past it, translated code calls out
     * to the interpreter, which goes on with heap frames, so deep recursion ends at the depth limit, not in a
     * StackOverflowError halfway through a call. A quarter of a 512 KB thread stack, a small one for the JVM.
     */
    private int jitRoom = JIT_STACK;
    private static final int JIT_STACK = 128 * 1024;
    /** What a call out takes of the Java stack for the interpreter's own frames (execute and the calls to it). */
    private static final int CALL_OUT_BYTES = 2048;
    /** Translated frames below the interpreter's frames, counted against the depth limit (see {@link #callOut}). */
    private int depthBias;
    /** Depth plus room of the last entry into translated code: a translated frame given room n is at depth jitTop - n. */
    private int jitTop;
    /** The lowest frame of the current call out from translated code: an error's trace below it is the caller's to add. */
    private int traceFloor;
    /**
     * Units left before the next limit checkpoint; calls and backward jumps spend it (see {@link Limits}), in
     * translated code too, which reads and writes it here so that both tiers draw on one budget.
     */
    long fuel = Meter.UNMETERED;
    /** Whether a limit needs fuel counted ({@link Limits#metered}): translated code that spends it runs then. */
    private boolean metered;

    long[] p = new long[1024];
    Object[] r = new Object[1024];
    private int depth = -1;
    private int[] fBase = new int[256];
    private int[] fPc = new int[256];
    /** Where a frame's result goes in its caller: the register index shifted left 4, then the Kind wanted there. */
    private int[] fRet = new int[256];
    private Proto[] fProto = new Proto[256];
    private Closure[] fClosure = new Closure[256];
    /** Active try handlers, innermost last: the frame depth, the handler's pc, the register for the error. */
    private int handlers;
    private int[] hDepth = new int[16];
    private int[] hPc = new int[16];
    private int[] hReg = new int[16];

    public Interpreter(Image image, PrintStream out) {
        this(image, out, System.err);
    }

    public Interpreter(Image image, PrintStream out, PrintStream err) {
        this.image = image;
        this.constants = new long[image.constantCount()];
        for (int i = 0; i < constants.length; i++) constants[i] = image.constant(i);
        this.protos = new Proto[image.protoCount()];
        this.jit = JitState.of(image);
        this.natives = new Native[image.nativeCount()];
        // An image is loaded against a Library, whose natives are these.
        for (int i = 0; i < natives.length; i++) natives[i] = (Native) image.nativeAt(i);
        this.out = out;
        this.err = err;
        this.gp = new long[image.globals()];
        this.gr = new Object[image.globals()];
        this.formats = new FormatString[image.stringCount()];
        this.nullaryCases = new UnionValue[image.typeCount()][];
    }

    /** The deepest script call nesting allowed before a "stack overflow" error. */
    public Interpreter maxDepth(int depth) {
        this.maxDepth = depth;
        return this;
    }

    /** Other translation thresholds than {@link Jit}'s (tests translate everything at once with zeros). */
    Interpreter translateAfter(int calls, int loopTurns) {
        this.callThreshold = calls;
        this.loopThreshold = loopTurns;
        return this;
    }

    /** Runs every function and loop interpreted, translated or not (tests compare the tiers). */
    Interpreter interpretOnly() {
        this.translating = false;
        return this;
    }

    /** Limits for every later entry from the host; a call depth of zero restores the default depth. */
    public Interpreter limits(Limits limits) {
        this.meter = new Meter(limits);
        this.metered = limits.metered();
        this.maxDepth = limits.callDepth() > 0 ? limits.callDepth() : DEFAULT_MAX_DEPTH;
        return this;
    }

    /** The boxed value of a global slot of the given kind: how a host reads a script's top-level bindings. */
    public Object global(int slot, int kind) {
        return kind == Kind.REF ? gr[slot] : Numbers.box(kind, gp[slot]);
    }

    public Image image() {
        return image;
    }

    /** Runs the script's top-level code. */
    public void run() {
        try {
            invoke(image.main(), null, new Object[0]);
        } finally {
            out.flush();
        }
    }

    /**
     * Applies a function value to boxed arguments and returns the boxed result (over- and under-application
     * included): how natives call back into the script, and hosts call it. Under limits, the result of a callback
     * (what List.collect's function returns) is charged by its size, as what a native is handed is (see
     * {@link #callNative}); the interpreter's own calls of function values go through {@link #call}.
     */
    public Object apply(Object fn, Object... args) {
        Object v = call(fn, args);
        if (metered && depth >= 0) charge(Sizes.of(v));
        return v;
    }

    private Object call(Object fn, Object[] args) {
        // The common case, a natives' callback such as List.filter's predicate: a closure given all its arguments.
        if (fn instanceof Closure k && k.proto.paramKinds.length == args.length) return invoke(k.proto, k, args);
        while (true) {
            int arity = arity(fn);
            if (args.length < arity) return new PartialApplication(fn, args);
            Object[] now = args.length == arity ? args : Arrays.copyOf(args, arity);
            Object result = switch (fn) {
                case Closure k -> invoke(k.proto, k, now);
                case Native n -> callNative(n.body(), now);
                case PartialApplication pa -> {
                    Object[] all = Arrays.copyOf(pa.args, pa.args.length + now.length);
                    System.arraycopy(now, 0, all, pa.args.length, now.length);
                    yield call(pa.fn, all);
                }
                default -> throw ScriptError.fatal("internal error: not a function: " + fn);
            };
            if (args.length == arity) return result;
            fn = result;
            args = Arrays.copyOfRange(args, arity, args.length);
        }
    }

    private static int arity(Object fn) {
        return switch (fn) {
            case Closure k -> k.proto.arity();
            case Native n -> n.arity();
            case PartialApplication pa -> arity(pa.fn) - pa.args.length;
            default -> throw ScriptError.fatal("internal error: not a function: " + fn);
        };
    }

    private Object invoke(Proto proto, Closure closure, Object[] args) {
        int saved = depth;
        if (saved < 0) fuel = meter.start();
        int nb = depth < 0 ? 0 : fBase[depth] + fProto[depth].nregs;
        ensure(nb + Math.max(proto.nregs, 1));
        byte[] kinds = proto.paramKinds;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.REF) r[nb + i] = args[i];
            else p[nb + i] = Numbers.unbox(kinds[i], args[i]);
        }
        try {
            if (saved >= 0 && translating) {
                if (translated(proto) && enterJit(proto, closure, nb, depth + 1)) {
                    return proto.retKind == Kind.REF ? r[nb] : Numbers.box(proto.retKind, p[nb]);
                }
                count(proto);
            }
            push(proto, closure, nb, nb, Kind.REF);
            fPc[depth] = 0;
            execute(depth);
            return r[nb];
        } finally {
            depth = saved;
        }
    }

    /**
     * Charges work done outside the dispatch loop to the limits, as instructions would be, so that a host's budget
     * and deadline hold inside natives too (see {@link #building} and {@link #callNative}).
     */
    public void charge(long units) {
        // Clamped: a damaged or hostile size near Long.MAX_VALUE must not wrap the meter's arithmetic around.
        if ((fuel -= Math.min(Math.max(units, 0), MAX_CHARGE)) < 0) refuel();
    }

    /**
     * A native is about to build count things (list cells, array slots, characters) of about bytesEach bytes:
     * charged as count instructions and, when it is large, measured against the allocation limit and the Java
     * heap before any of it is allocated, so that {@code List.init 1000000000 id} stops at once.
     */
    public void building(long count, long bytesEach) {
        charge(count);
        long bytes = bytesEach <= 0 || count <= 0 ? 0 : count > Long.MAX_VALUE / bytesEach ? Long.MAX_VALUE : count * bytesEach;
        if (bytes >= LARGE) meter.reserve(bytes);
    }

    /** What is worth measuring against the allocation limit and the heap before it is allocated. */
    private static final long LARGE = 1 << 20;

    /**
     * Runs a native. Under limits, what crosses into and out of it is charged by its size ({@link Sizes}): natives
     * work in proportion to their data without passing a checkpoint, so a loop of List.rev or Array.append over a
     * big collection pays as the loop of instructions it replaces would, and meets the deadline.
     */
    private Object callNative(Native.Body body, Object[] args) {
        return metered ? callCharged(body, args) : body.call(this, args);
    }

    private Object callCharged(Native.Body body, Object[] args) {
        for (Object x : args) charge(Sizes.of(x));
        Object v = body.call(this, args);
        charge(Sizes.of(v));
        return v;
    }

    /**
     * CONCAT in both tiers: charged by the length of the result before it is made, so loops that build long strings
     * meet the limits; a very long one is measured against the allocation limit and the heap first.
     */
    String concat(String x, String y) {
        long n = (long) x.length() + y.length();
        charge(Sizes.ofText(n));
        if (n >= LARGE) meter.reserve(n);
        return x.concat(y);
    }

    /** Fuel ran out: throws the {@link LimitExceeded} of a limit the entry went past, else grants more. */
    void refuel() {
        fuel = meter.checkpoint(fuel);
    }

    /** More than any budget, small enough that the meter's sums cannot overflow. */
    private static final long MAX_CHARGE = 1L << 40;

    /** Counts an interpreted call of a function that may be translated, and translates it when it is hot. */
    private void count(Proto callee) {
        int[] calls = jit.calls;
        int f = callee.index;
        if (calls[f] >= 0 && ++calls[f] > callThreshold) Jit.compile(callee, image, jit, metered);
    }

    private boolean translated(Proto proto) {
        return jit.translations[proto.index] != null;
    }

    /**
     * Runs a translated function whose frame would be at depth d, arguments from base in the register files, its
     * result left at base; false if the depth limit or the Java stack leaves it no room, or the JVM refused the
     * class for this interpreter's metering (the caller interprets).
     */
    private boolean enterJit(Proto callee, Closure k, int base, int d) {
        return enterJit(callee, k, base, d, -1);
    }

    /** The same, or with resumePc at least 0, the rest of the running frame from that loop head. */
    private boolean enterJit(Proto callee, Closure k, int base, int d, int resumePc) {
        // One below the largest int: a tail call out passes room + 1 (see JitBody.callOutCounts).
        int room = Math.min(maxDepth - d - depthBias, Integer.MAX_VALUE - 1);
        int stack = jitRoom - Jit.frameBytes(callee);
        if (room <= 0 || stack <= 0) return false;
        Jit.Translation translation = jit.translations[callee.index];
        Jit.Compiled code = translation.code(metered);
        if (code == null) return false;
        // Charged as the interpreter charges a call (a resumed loop has paid at its backward jump): translated
        // code charges the calls it makes itself. Out of the try: the frame that made the call is where it stops.
        if (resumePc < 0 && (fuel -= callee.code.length) < 0) refuel();
        jitTop = d + depthBias + room;
        try {
            if (resumePc < 0) code.call(translation.index(), this, k, p, r, base, room, stack);
            else code.resume(translation.index(), this, k, p, r, base, resumePc, room, stack);
        } catch (ScriptError e) {
            // The translated code replaced the running frame (a tail call, a loop), which the trace then does not show.
            if (d == depth) e.skipFrame();
            throw e;
        }
        return true;
    }

    /**
     * Translated code (a frame given room and stack, see {@link Jit.Compiled}) calls something it does not run
     * itself: a function value, a native (fn is then its body, given all its arguments), an untranslated function
     * (fn is then its Proto), or any call past its room or stack. The interpreter's frames start above its own, so
     * the depth they count includes the translated frames between, and translated code they enter gets what is
     * left of the Java stack.
     */
    Object callOut(int room, int stack, Object fn, Object[] args) {
        int savedRoom = jitRoom;
        int savedBias = depthBias;
        int savedTop = jitTop;
        int savedFloor = traceFloor;
        depthBias = jitTop - room - depth;
        jitRoom = stack - CALL_OUT_BYTES;
        traceFloor = depth + 1;
        try {
            // A native's body comes straight from translated code, where it is a constant: HotSpot can then inline
            // the native (sqrt becomes the instruction), which it cannot through apply, shared by every native.
            return switch (fn) {
                case Proto proto -> invoke(proto, null, args);
                case Native.Body body -> callNative(body, args);
                default -> call(fn, args);
            };
        } finally {
            jitRoom = savedRoom;
            depthBias = savedBias;
            jitTop = savedTop;
            traceFloor = savedFloor;
        }
    }

    /**
     * A loop of the running frame went round often: if its function is (or can now be) translated, the rest of
     * the frame runs translated from the loop's head at pc. Returns OSR_NO (go on interpreting), OSR_FINISHED
     * (the frame returned) or OSR_RETURNED (and it was the frame at depth stop).
     */
    private int osr(Proto proto, Closure closure, int base, int pc, int stop) {
        if (!translated(proto) && jit.calls[proto.index] >= 0) Jit.compile(proto, image, jit, metered);
        fPc[depth] = pc;
        if (!translated(proto) || !enterJit(proto, closure, base, depth, pc)) {
            jit.loops[proto.index] = Integer.MIN_VALUE;
            return OSR_NO;
        }
        return finish(proto.retKind, base, stop) ? OSR_RETURNED : OSR_FINISHED;
    }

    private static final int OSR_NO = 0;
    private static final int OSR_FINISHED = 1;
    private static final int OSR_RETURNED = 2;

    /** Returns the value of kind {@code kind} in register {@code at} from the top frame; true if it was the frame at depth stop. */
    private boolean finish(int kind, int at, int stop) {
        int ret = fRet[depth];
        int want = ret & 15;
        int dest = ret >>> 4;
        if (want == Kind.REF) r[dest] = kind == Kind.REF ? r[at] : Numbers.box(kind, p[at]);
        else p[dest] = kind == Kind.REF ? Numbers.unbox(want, r[at]) : p[at];
        return depth-- == stop;
    }

    private void push(Proto proto, Closure closure, int base, int dest, int want) {
        int d = depth + 1;
        if (d + depthBias >= maxDepth) {
            throw new LimitExceeded(LimitExceeded.Limit.CALL_DEPTH, "stack overflow: more than " + maxDepth + " nested calls (the call depth limit)");
        }
        if ((fuel -= proto.code.length) < 0) refuel();
        if (d >= fBase.length) {
            int n = Math.min(fBase.length * 2, maxDepth);
            fBase = Arrays.copyOf(fBase, n);
            fPc = Arrays.copyOf(fPc, n);
            fRet = Arrays.copyOf(fRet, n);
            fProto = Arrays.copyOf(fProto, n);
            fClosure = Arrays.copyOf(fClosure, n);
        }
        depth = d;
        fBase[d] = base;
        fRet[d] = dest << 4 | want;
        fProto[d] = proto;
        fClosure[d] = closure;
    }

    private void ensure(int size) {
        if (size <= p.length) return;
        if (size > MAX_REGISTERS) throw ScriptError.fatal("stack overflow: the register stack is full");
        int n = Math.min(Math.max(size, p.length * 2), MAX_REGISTERS);
        p = Arrays.copyOf(p, n);
        r = Arrays.copyOf(r, n);
    }

    /**
     * Runs frames until the one at depth {@code stop} returns. However it ends, the try handlers its frames installed
     * end with it: an error that no handler may catch (a limit, an internal error) leaves the frames without closing
     * their trys, and a handler left behind would catch the next error at its depth in code it does not belong to.
     */
    private void execute(int stop) {
        int outer = handlers;
        try {
            runFrames(stop);
        } finally {
            handlers = outer;
        }
    }

    private void runFrames(int stop) {
        Proto proto = fProto[depth];
        Closure closure = fClosure[depth];
        int base = fBase[depth];
        int pc = fPc[depth];
        long[] p = this.p;
        Object[] r = this.r;
        int[] code = proto.code;
        while (true) {
            try {
                dispatch:
                for (;;) {
                    int ins = code[pc];
                    pc++;
                    int a = base + ((ins >>> 8) & 0xFF);
                    switch (ins & 0xFF) {
                        case MOVP -> p[a] = p[base + b(ins)];
                        case MOVR -> r[a] = r[base + b(ins)];
                        case LOADI -> p[a] = sbx(ins);
                        case LOADK -> p[a] = constants[bx(ins)];
                        case LOADS -> r[a] = image.string(bx(ins));
                        case LOADU -> r[a] = Unit.VALUE;
                        case LOADNIL -> r[a] = FList.NIL;
                        case LOADNONE -> r[a] = UnionValue.NONE;
                        case GETGP -> p[a] = gp[bx(ins)];
                        case GETGR -> r[a] = gr[bx(ins)];
                        case SETGP -> gp[bx(ins)] = p[a];
                        case SETGR -> gr[bx(ins)] = r[a];
                        case GETUPP -> p[a] = closure.pcaps[b(ins)];
                        case GETUPR -> r[a] = closure.rcaps[b(ins)];
                        case SELF -> r[a] = closure;
                        case GETCP -> p[a] = ((Cell) r[base + b(ins)]).prim;
                        case GETCR -> r[a] = ((Cell) r[base + b(ins)]).ref;
                        case SETCP -> ((Cell) r[a]).prim = p[base + b(ins)];
                        case SETCR -> ((Cell) r[a]).ref = r[base + b(ins)];
                        case ADDI -> p[a] = p[base + b(ins)] + p[base + c(ins)];
                        case SUBI -> p[a] = p[base + b(ins)] - p[base + c(ins)];
                        case MULI -> p[a] = p[base + b(ins)] * p[base + c(ins)];
                        case DIVI -> p[a] = p[base + b(ins)] / divisor(p[base + c(ins)]);
                        case MODI -> p[a] = p[base + b(ins)] % divisor(p[base + c(ins)]);
                        case NEGI -> p[a] = -p[base + b(ins)];
                        case ADDIK -> p[a] = p[base + b(ins)] + sc(ins);
                        case BAND -> p[a] = p[base + b(ins)] & p[base + c(ins)];
                        case BOR -> p[a] = p[base + b(ins)] | p[base + c(ins)];
                        case BXOR -> p[a] = p[base + b(ins)] ^ p[base + c(ins)];
                        case SHL -> p[a] = p[base + b(ins)] << p[base + c(ins)];
                        case SHR -> p[a] = p[base + b(ins)] >> p[base + c(ins)];
                        case BNOT -> p[a] = ~p[base + b(ins)];
                        case ADDF -> p[a] = bits(f(p[base + b(ins)]) + f(p[base + c(ins)]));
                        case SUBF -> p[a] = bits(f(p[base + b(ins)]) - f(p[base + c(ins)]));
                        case MULF -> p[a] = bits(f(p[base + b(ins)]) * f(p[base + c(ins)]));
                        case DIVF -> p[a] = bits(f(p[base + b(ins)]) / f(p[base + c(ins)]));
                        case NEGF -> p[a] = bits(-f(p[base + b(ins)]));
                        case EQI -> p[a] = p[base + b(ins)] == p[base + c(ins)] ? 1 : 0;
                        case LTI -> p[a] = p[base + b(ins)] < p[base + c(ins)] ? 1 : 0;
                        case LEI -> p[a] = p[base + b(ins)] <= p[base + c(ins)] ? 1 : 0;
                        case EQF -> p[a] = f(p[base + b(ins)]) == f(p[base + c(ins)]) ? 1 : 0;
                        case LTF -> p[a] = f(p[base + b(ins)]) < f(p[base + c(ins)]) ? 1 : 0;
                        case LEF -> p[a] = f(p[base + b(ins)]) <= f(p[base + c(ins)]) ? 1 : 0;
                        case NOT -> p[a] = p[base + b(ins)] ^ 1;
                        case JMP -> {
                            int offset = sj(ins);
                            if (offset < 0 && (fuel += offset) < 0) refuel();
                            pc += offset;
                            if (offset < 0) {
                                if (translating && ++jit.loops[proto.index] > loopThreshold) {
                                    int entered = osr(proto, closure, base, pc, stop);
                                    if (entered == OSR_RETURNED) return;
                                    if (entered == OSR_FINISHED) break dispatch;
                                }
                            }
                        }
                        case TSWITCH -> {
                            int n = c(ins);
                            long tag = p[a];
                            pc += n + (tag >= 0 && tag < n ? code[pc + (int) tag] : 0);
                        }
                        case IFLT -> pc += p[a] < p[base + b(ins)] ? 1 : 1 + code[pc];
                        case IFLE -> pc += p[a] <= p[base + b(ins)] ? 1 : 1 + code[pc];
                        case IFEQ -> pc += p[a] == p[base + b(ins)] ? 1 : 1 + code[pc];
                        case IFNE -> pc += p[a] != p[base + b(ins)] ? 1 : 1 + code[pc];
                        case IFLTF -> pc += f(p[a]) < f(p[base + b(ins)]) ? 1 : 1 + code[pc];
                        case IFLEF -> pc += f(p[a]) <= f(p[base + b(ins)]) ? 1 : 1 + code[pc];
                        case IFEQF -> pc += f(p[a]) == f(p[base + b(ins)]) ? 1 : 1 + code[pc];
                        case IFNEF -> pc += f(p[a]) != f(p[base + b(ins)]) ? 1 : 1 + code[pc];
                        case IFLTK -> pc += p[a] < sb(ins) ? 1 : 1 + code[pc];
                        case IFLEK -> pc += p[a] <= sb(ins) ? 1 : 1 + code[pc];
                        case IFGTK -> pc += p[a] > sb(ins) ? 1 : 1 + code[pc];
                        case IFGEK -> pc += p[a] >= sb(ins) ? 1 : 1 + code[pc];
                        case IFEQK -> pc += p[a] == sb(ins) ? 1 : 1 + code[pc];
                        case IFNEK -> pc += p[a] != sb(ins) ? 1 : 1 + code[pc];
                        case JMPF -> { if (p[a] == 0) pc += sbx(ins); }
                        case JMPT -> { if (p[a] != 0) pc += sbx(ins); }
                        case BOXI -> r[a] = p[base + b(ins)];
                        case BOXF -> r[a] = f(p[base + b(ins)]);
                        case BOXB -> r[a] = p[base + b(ins)] != 0;
                        case BOXC -> r[a] = (char) p[base + b(ins)];
                        // Null (a generic default value, see Numbers.unbox) is zero.
                        case UNBOXI -> p[a] = r[base + b(ins)] instanceof Object v ? (Long) v : 0;
                        case UNBOXF -> p[a] = r[base + b(ins)] instanceof Object v ? bits((Double) v) : 0;
                        case UNBOXB -> p[a] = r[base + b(ins)] instanceof Object v && (Boolean) v ? 1 : 0;
                        case UNBOXC -> p[a] = r[base + b(ins)] instanceof Object v ? (Character) v : 0;
                        case GETITEM -> r[a] = ((Tuple) r[base + b(ins)]).items[c(ins)];
                        case CONS -> r[a] = new FList(r[base + b(ins)], (FList) r[base + c(ins)]);
                        case ISNIL -> p[a] = r[base + b(ins)] == FList.NIL ? 1 : 0;
                        case HEAD -> r[a] = ((FList) r[base + b(ins)]).head;
                        case TAIL -> r[a] = ((FList) r[base + b(ins)]).tail;
                        case GETTAG -> p[a] = ((UnionValue) r[base + b(ins)]).tag;
                        case GETUF -> r[a] = ((UnionValue) r[base + b(ins)]).field(c(ins));
                        case GETUFP -> p[a] = ((UnionValue) r[base + b(ins)]).bits(c(ins));
                        case GETRF -> r[a] = ((RecordValue) r[base + b(ins)]).field(c(ins));
                        case GETRFP -> p[a] = ((RecordValue) r[base + b(ins)]).bits(c(ins));
                        case SETRFP -> ((RecordValue) r[a]).setBits(b(ins), p[base + c(ins)]);
                        case AGET -> {
                            Object arr = r[base + b(ins)];
                            long i = p[base + c(ins)];
                            r[a] = arr instanceof Object[] x ? x[ArrayAccess.index(x.length, i)] : ArrayAccess.get(arr, i);
                        }
                        case ASET -> {
                            Object arr = r[a];
                            long i = p[base + b(ins)];
                            if (arr instanceof Object[] x) x[ArrayAccess.index(x.length, i)] = r[base + c(ins)];
                            else ArrayAccess.set(arr, i, r[base + c(ins)]);
                        }
                        case ALEN -> p[a] = ArrayValues.length(r[base + b(ins)]);
                        // Each typed access falls back to ArrayAccess for an array of another representation.
                        case AGETI -> {
                            Object arr = r[base + b(ins)];
                            long i = p[base + c(ins)];
                            p[a] = arr instanceof long[] x ? x[ArrayAccess.index(x.length, i)] : ArrayAccess.getBits(arr, i, Kind.INT);
                        }
                        case AGETF -> {
                            Object arr = r[base + b(ins)];
                            long i = p[base + c(ins)];
                            p[a] = arr instanceof double[] x ? bits(x[ArrayAccess.index(x.length, i)]) : ArrayAccess.getBits(arr, i, Kind.FLOAT);
                        }
                        case AGETB -> {
                            Object arr = r[base + b(ins)];
                            long i = p[base + c(ins)];
                            p[a] = arr instanceof boolean[] x ? (x[ArrayAccess.index(x.length, i)] ? 1 : 0) : ArrayAccess.getBits(arr, i, Kind.BOOL);
                        }
                        case AGETC -> {
                            Object arr = r[base + b(ins)];
                            long i = p[base + c(ins)];
                            p[a] = arr instanceof char[] x ? x[ArrayAccess.index(x.length, i)] : ArrayAccess.getBits(arr, i, Kind.CHAR);
                        }
                        case ASETI -> {
                            Object arr = r[a];
                            long i = p[base + b(ins)];
                            if (arr instanceof long[] x) x[ArrayAccess.index(x.length, i)] = p[base + c(ins)];
                            else ArrayAccess.setBits(arr, i, p[base + c(ins)], Kind.INT);
                        }
                        case ASETF -> {
                            Object arr = r[a];
                            long i = p[base + b(ins)];
                            if (arr instanceof double[] x) x[ArrayAccess.index(x.length, i)] = f(p[base + c(ins)]);
                            else ArrayAccess.setBits(arr, i, p[base + c(ins)], Kind.FLOAT);
                        }
                        case ASETB -> {
                            Object arr = r[a];
                            long i = p[base + b(ins)];
                            if (arr instanceof boolean[] x) x[ArrayAccess.index(x.length, i)] = p[base + c(ins)] != 0;
                            else ArrayAccess.setBits(arr, i, p[base + c(ins)], Kind.BOOL);
                        }
                        case ASETC -> {
                            Object arr = r[a];
                            long i = p[base + b(ins)];
                            if (arr instanceof char[] x) x[ArrayAccess.index(x.length, i)] = (char) p[base + c(ins)];
                            else ArrayAccess.setBits(arr, i, p[base + c(ins)], Kind.CHAR);
                        }
                        case CALLG, CALLK -> {
                            Proto callee;
                            Closure k;
                            if ((ins & 0xFF) == CALLG) {
                                callee = proto(bx(ins));
                                k = null;
                            } else {
                                k = (Closure) r[base + b(ins)];
                                callee = k.proto;
                            }
                            fPc[depth] = pc;
                            if (translating) {
                                if (translated(callee)) {
                                    if (enterJit(callee, k, a, depth + 1)) {
                                        p = this.p;
                                        r = this.r;
                                        continue;
                                    }
                                } else {
                                    count(callee);
                                }
                            }
                            if (a + callee.nregs > p.length) {
                                ensure(a + callee.nregs);
                                p = this.p;
                                r = this.r;
                            }
                            push(callee, k, a, a, callee.retKind);
                            proto = callee;
                            closure = k;
                            base = a;
                            code = callee.code;
                            pc = 0;
                        }
                        case TCALLG, TCALLK -> {
                            Proto callee;
                            Closure k;
                            if ((ins & 0xFF) == TCALLG) {
                                callee = proto(bx(ins));
                                k = null;
                            } else {
                                k = (Closure) r[base + b(ins)];
                                callee = k.proto;
                            }
                            if (translating) {
                                if (translated(callee)) {
                                    fPc[depth] = pc;
                                    // The rest of this frame (a tail-recursive loop, say) runs translated; its result is the frame's.
                                    if (enterJit(callee, k, a, depth)) {
                                        if (finish(callee.retKind, a, stop)) return;
                                        break dispatch;
                                    }
                                } else {
                                    count(callee);
                                }
                            }
                            if ((fuel -= callee.code.length) < 0) refuel();
                            int n = callee.paramKinds.length;
                            for (int i = 0; i < n; i++) {
                                p[base + i] = p[a + i];
                                r[base + i] = r[a + i];
                            }
                            if (base + callee.nregs > p.length) {
                                ensure(base + callee.nregs);
                                p = this.p;
                                r = this.r;
                            }
                            fProto[depth] = callee;
                            fClosure[depth] = k;
                            proto = callee;
                            closure = k;
                            code = callee.code;
                            pc = 0;
                        }
                        case APPLY, TAPPLY, CALLN -> {
                            fPc[depth] = pc;
                            if (callValue(ins, a, stop)) return;
                            p = this.p;
                            r = this.r;
                            proto = fProto[depth];
                            closure = fClosure[depth];
                            base = fBase[depth];
                            pc = fPc[depth];
                            code = proto.code;
                        }
                        case RET -> {
                            int ret = fRet[depth];
                            int want = ret & 15;
                            int dest = ret >>> 4;
                            int kind = proto.retKind;
                            if (kind == want) {
                                if (kind == Kind.REF) r[dest] = r[a];
                                else p[dest] = p[a];
                            } else if (want == Kind.REF) {
                                r[dest] = Numbers.box(kind, p[a]);
                            } else {
                                p[dest] = Numbers.unbox(want, r[a]);
                            }
                            if (depth-- == stop) return;
                            proto = fProto[depth];
                            closure = fClosure[depth];
                            base = fBase[depth];
                            pc = fPc[depth];
                            code = proto.code;
                        }
                        default -> pc = rare(ins, a, pc, base, p, r, closure, code);
                    }
                }
            } catch (InvalidImageException e) {
                throw e;
            } catch (ScriptError e) {
                if (!handle(located(e, pc), stop)) throw e;
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw located(ScriptError.of(e), pc);
            } catch (NullPointerException | ClassCastException e) {
                // a null met as an object, or a value unboxed as another type (unbox): .NET's exceptions for them
                ScriptError net = e instanceof NullPointerException ? NetErrors.nullReference() : NetErrors.invalidCast();
                if (!handle(located(net, pc), stop)) throw net;
            } catch (RuntimeException e) {
                throw located(ScriptError.fatal("internal error: " + e), pc);
            }
            // A try handler of this activation caught the error, or translated code finished the running frame:
            // go on in the frame now on top.
            p = this.p;
            r = this.r;
            proto = fProto[depth];
            closure = fClosure[depth];
            base = fBase[depth];
            pc = fPc[depth];
            code = proto.code;
        }
    }

    /**
     * Unwinds to the innermost try handler if it belongs to this activation of {@link #execute} (frames at or
     * above {@code stop}); handlers of outer activations see the error when it propagates to them.
     */
    private boolean handle(ScriptError e, int stop) {
        if (e.isFatal() || handlers == 0 || hDepth[handlers - 1] < stop) return false;
        handlers--;
        depth = hDepth[handlers];
        fPc[depth] = hPc[handlers];
        r[fBase[depth] + hReg[handlers]] = e;
        return true;
    }

    private void enterTry(int reg, int handlerPc) {
        if (handlers == hDepth.length) {
            hDepth = Arrays.copyOf(hDepth, handlers * 2);
            hPc = Arrays.copyOf(hPc, handlers * 2);
            hReg = Arrays.copyOf(hReg, handlers * 2);
        }
        hDepth[handlers] = depth;
        hPc[handlers] = handlerPc;
        hReg[handlers] = reg;
        handlers++;
    }

    /** The instructions that are not on hot paths, kept out of the dispatch loop so it stays small; returns the new pc. */
    private int rare(int ins, int a, int pc, int base, long[] p, Object[] r, Closure closure, int[] code) {
        switch (ins & 0xFF) {
            case MODF -> p[a] = bits(f(p[base + b(ins)]) % f(p[base + c(ins)]));
            case POWF -> p[a] = bits(Math.pow(f(p[base + b(ins)]), f(p[base + c(ins)])));
            case EQR -> p[a] = Values.equal(r[base + b(ins)], r[base + c(ins)]) ? 1 : 0;
            case CMPR -> p[a] = Values.compare(r[base + b(ins)], r[base + c(ins)]);
            case I2F -> p[a] = bits((double) p[base + b(ins)]);
            case F2I -> p[a] = (long) f(p[base + b(ins)]);
            case CHR -> p[a] = (char) p[base + b(ins)];
            case CONV -> p[a] = Numbers.convert(p[base + b(ins)], NumType.from(c(ins)), NumType.to(c(ins)));
            case BOXN -> r[a] = Numbers.box(c(ins), p[base + b(ins)]);
            case UNBOXN -> p[a] = Numbers.unbox(c(ins), r[base + b(ins)]);
            case DIVU -> p[a] = Long.divideUnsigned(p[base + b(ins)], divisor(p[base + c(ins)]));
            case MODU -> p[a] = Long.remainderUnsigned(p[base + b(ins)], divisor(p[base + c(ins)]));
            case LTU -> p[a] = Long.compareUnsigned(p[base + b(ins)], p[base + c(ins)]) < 0 ? 1 : 0;
            case LEU -> p[a] = Long.compareUnsigned(p[base + b(ins)], p[base + c(ins)]) <= 0 ? 1 : 0;
            case SHRU -> p[a] = p[base + b(ins)] >>> p[base + c(ins)];
            case CONCAT -> r[a] = concat((String) r[base + b(ins)], (String) r[base + c(ins)]);
            case TUPLE -> r[a] = new Tuple(slice(r, base + b(ins), c(ins)));
            case UNION -> {
                int w = code[pc];
                pc++;
                r[a] = union(UnionCase.type(w), UnionCase.tag(w), p, r, base + b(ins), c(ins));
            }
            case RECORD -> {
                int w = code[pc];
                pc++;
                r[a] = record((RecordType) image.type(w), p, r, base + b(ins));
            }
            case SETRF -> ((RecordValue) r[a]).set(b(ins), r[base + c(ins)]);
            case ARRAY -> r[a] = slice(r, base + b(ins), c(ins));
            case ARRAYP -> {
                int kind = code[pc];
                pc++;
                r[a] = ArrayAccess.of(kind, p, base + b(ins), c(ins));
            }
            case CLOSURE -> r[a] = closure(proto(bx(ins)), closure, base, p, r);
            case SETCAP -> ((Closure) r[a]).rcaps[b(ins)] = r[base + c(ins)];
            case CELLP -> {
                Cell cell = new Cell();
                cell.prim = p[base + b(ins)];
                r[a] = cell;
            }
            case CELLR -> {
                Cell cell = new Cell();
                cell.ref = r[base + b(ins)];
                r[a] = cell;
            }
            case MATCHFAIL -> throw NetErrors.matchFailure();
            case FAIL -> throw failure((String) r[a]);
            case RAISE -> throw raised(r[a]);
            case FMT -> {
                int w = code[pc];
                pc++;
                r[a] = format(w).format(slice(r, base + b(ins), c(ins)));
            }
            case OUT -> output(b(ins), (String) r[a]);
            case TRY -> enterTry(a - base, pc + sbx(ins));
            case ENDTRY -> handlers--; // the verifier proved this function's TRY open
            case EXNVAL -> r[a] = ((ScriptError) r[base + b(ins)]).exception();
            case RERAISE -> throw (ScriptError) r[a];
            case ISCASE -> {
                int w = code[pc];
                pc++;
                p[a] = r[base + b(ins)] instanceof UnionValue u && u.type == image.type(UnionCase.type(w)) && u.tag == UnionCase.tag(w) ? 1 : 0;
            }
            default -> throw ScriptError.fatal("internal error: bad opcode " + (ins & 0xFF));
        }
        return pc;
    }

    /** The error of {@code failwith msg}. */
    static ScriptError failure(String msg) {
        return new ScriptError(msg, new UnionValue(UnionType.FAILURE, 0, new Object[] {msg}));
    }

    /** The error of {@code raise v}. */
    static ScriptError raised(Object v) {
        return new ScriptError(ScriptError.messageOf(v), v);
    }

    private Proto proto(int index) {
        Proto p = protos[index];
        return p != null ? p : (protos[index] = image.proto(index));
    }

    /**
     * Calls a function value (APPLY, TAPPLY) or a native (CALLN) outside the dispatch loop, which reloads its
     * state from the frame records afterwards. A closure of the right arity gets a frame (or, in tail position,
     * the current one); anything else is applied through {@link #apply}. Returns true when the frame at depth
     * {@code stop} returned.
     */
    private boolean callValue(int ins, int a, int stop) {
        if ((ins & 0xFF) == CALLN) {
            Native fn = natives[bx(ins)];
            Object v = callNative(fn.body(), slice(r, a, fn.arity()));
            r[a] = v;
            return false;
        }
        Object fn = r[a];
        int n = b(ins);
        boolean tail = (ins & 0xFF) == TAPPLY;
        int base = fBase[depth];
        if (fn instanceof Closure k && k.proto.paramKinds.length == n) {
            Proto callee = k.proto;
            if (translating) {
                if (translated(callee)) {
                    unboxParams(callee.paramKinds, a + 1, p, r);
                    if (enterJit(callee, k, a + 1, tail ? depth : depth + 1)) {
                        if (tail) return finish(callee.retKind, a + 1, stop);
                        r[a] = callee.retKind == Kind.REF ? r[a + 1] : Numbers.box(callee.retKind, p[a + 1]);
                        return false;
                    }
                } else {
                    count(callee);
                }
            }
            int nb = tail ? base : a + 1;
            if (tail) System.arraycopy(r, a + 1, r, base, n);
            ensure(nb + callee.nregs);
            unboxParams(callee.paramKinds, nb, p, r);
            if (tail) {
                if ((fuel -= callee.code.length) < 0) refuel();
                fProto[depth] = callee;
                fClosure[depth] = k;
            } else {
                push(callee, k, nb, a, Kind.REF);
            }
            fPc[depth] = 0;
            return false;
        }
        Object v = call(fn, slice(r, a + 1, n));
        this.r[a] = v;
        return tail && finish(Kind.REF, a, stop);
    }

    private static void unboxParams(byte[] kinds, int base, long[] p, Object[] r) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != Kind.REF) p[base + i] = Numbers.unbox(kinds[i], r[base + i]);
        }
    }

    private static Closure closure(Proto proto, Closure enclosing, int base, long[] p, Object[] r) {
        Closure k = new Closure(proto);
        int[] caps = proto.captures;
        for (int i = 0; i < caps.length; i++) {
            int desc = caps[i];
            boolean fromCapture = Capture.fromCapture(desc);
            int index = Capture.index(desc);
            if (Capture.kind(desc) == Kind.REF) k.rcaps[i] = fromCapture ? enclosing.rcaps[index] : r[base + index];
            else k.pcaps[i] = fromCapture ? enclosing.pcaps[index] : p[base + index];
        }
        return k;
    }

    /** RECORD: field i from register from + i, the primitive one if its type stores it unboxed. */
    private static RecordValue record(RecordType type, long[] p, Object[] r, int from) {
        int n = type.fields().size();
        Object[] fields = new Object[n];
        long[] prims = type.hasUnboxed() ? new long[n] : null;
        for (int i = 0; i < n; i++) {
            if (type.kind(i) == Kind.REF) fields[i] = r[from + i];
            else prims[i] = p[from + i];
        }
        return new RecordValue(type, fields, prims);
    }

    /** UNION: field i from register from + i, the primitive one if the case stores it unboxed. */
    private UnionValue union(int type, int tag, long[] p, Object[] r, int from, int n) {
        UnionType t = (UnionType) image.type(type);
        if (n > 0 && !t.unboxed(tag)) return new UnionValue(t, tag, slice(r, from, n));
        if (n > 0) {
            Object[] fields = new Object[n];
            long[] prims = new long[n];
            for (int i = 0; i < n; i++) {
                if (t.kind(tag, i) == Kind.REF) fields[i] = r[from + i];
                else prims[i] = p[from + i];
            }
            return new UnionValue(t, tag, fields, prims);
        }
        UnionValue[] cases = nullaryCases[type];
        if (cases == null) cases = nullaryCases[type] = new UnionValue[t.cases().size()];
        UnionValue v = cases[tag];
        if (v == null) v = cases[tag] = t == UnionType.OPTION && tag == 0 ? UnionValue.NONE : new UnionValue(t, tag, new Object[0]);
        return v;
    }

    private FormatString format(int stringIndex) {
        FormatString f = formats[stringIndex];
        if (f == null) f = formats[stringIndex] = FormatString.parse(image.string(stringIndex));
        return f;
    }

    void output(int mode, String s) {
        switch (mode) {
            case 0 -> out.print(s);
            case 1 -> out.println(s);
            case 2 -> { out.flush(); err.print(s); }
            default -> { out.flush(); err.println(s); }
        }
    }

    public PrintStream out() {
        return out;
    }

    /** Where {@code eprintf} writes; what the script printed to {@link #out} goes out first. */
    public PrintStream err() {
        out.flush();
        return err;
    }

    static long divisor(long d) {
        if (d == 0) throw NetErrors.divideByZero();
        return d;
    }

    private static Object[] slice(Object[] r, int from, int n) {
        return Arrays.copyOfRange(r, from, from + n);
    }

    private static double f(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /**
     * Fills in where the error happened (unless translated code did) and the frames it leaves, from the innermost
     * down to the first of this call out from translated code (the translated frames below add themselves).
     */
    private ScriptError located(ScriptError e, int pc) {
        if (e.traceComplete() || e.hasFramesDownTo(traceFloor) || depth < 0) return e;
        fPc[depth] = pc;
        for (int d = depth; d >= traceFloor; d--) {
            e.addFrame(fProto[d].name, image.where(image.position(fProto[d], fPc[d] - 1)));
        }
        e.framesDownTo(traceFloor);
        return e;
    }
}
