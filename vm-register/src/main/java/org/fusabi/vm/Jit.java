package org.fusabi.vm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.fusabi.vm.bytecode.Op.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.vm.bytecode.Code;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.Proto;

/**
 * The second tier: a function the interpreter has called often, or whose loop went round often, is translated
 * with the functions it calls directly into a hidden class of static JVM methods, one local per register (a long
 * and an Object, as a register has a slot in each file), so HotSpot compiles it like Java. Direct calls between
 * them (CALLG, and CALLK where {@link CallTargets} finds the closure's function) are JVM calls; a self tail call
 * is a jump; a native that computes on its arguments alone ({@link Native.Leaf}) is called directly where no fuel
 * is metered; everything else (function values, other natives, untranslated functions) is a call out to the
 * interpreter ({@link Interpreter#callOut}). Functions with try (... with or ... finally) stay interpreted. The host's
 * {@link Limits} hold as in the interpreter: translated code spends the interpreter's fuel at the same calls and
 * backward jumps, by the same amounts, and stops where it would; its depth count ends at the same depth limit.
 * Errors keep the script's position and trace: each throw site and each call adds its frame as an error passes
 * (see {@link JitBody}). A translation the JVM's verifier refuses just leaves its functions to the interpreter.
 */
final class Jit {
    /** Interpreted calls before a function is translated. */
    static final int THRESHOLD = 2_000;
    /** Backward jumps of interpreted activations before a function's loop is entered translated. */
    static final int LOOP_THRESHOLD = 20_000;
    /** {@link JitState#calls} of a function that cannot, or need not, be translated again. */
    static final int NEVER = -1;
    /** Bounds that keep a class well inside the JVM's limits on methods and locals. */
    private static final int MAX_MEMBERS = 64;
    private static final int MAX_CODE = 1_000;
    private static final int MAX_REGISTERS = 200;

    private static final ClassDesc CD_COMPILED = ClassDesc.of(Compiled.class.getName());
    static final ClassDesc CD_INTERPRETER = ClassDesc.of(Interpreter.class.getName());
    static final ClassDesc CD_CLOSURE = ClassDesc.of(Closure.class.getName());
    private static final MethodTypeDesc CALL = MethodTypeDesc.of(CD_void, CD_int, CD_INTERPRETER, CD_CLOSURE,
            CD_long.arrayType(), CD_Object.arrayType(), CD_int, CD_int, CD_int);
    private static final MethodTypeDesc RESUME = MethodTypeDesc.of(CD_void, CD_int, CD_INTERPRETER, CD_CLOSURE,
            CD_long.arrayType(), CD_Object.arrayType(), CD_int, CD_int, CD_int, CD_int);

    /** A translated function: the classes translated from one hot function and the function's index in them. */
    record Translation(Classes classes, int index) {
        /** The class to run for an interpreter that meters fuel or not; null if the JVM refused it. */
        Compiled code(boolean metered) {
            return classes.code(metered);
        }
    }

    /**
     * The classes translated from one hot function: one that spends fuel, for interpreters with limits to measure,
     * and one that does not, as checking for limits at every call made fib 19% slower (see {@link JitBody#charge}).
     * Each is made when an interpreter first needs it; the same function and image collect the same members in
     * the same order, so a function's index is the same in both. Threads that race make a class twice at worst.
     */
    static final class Classes {
        private final Proto hot;
        private final Image image;
        /** Without, then with metering: the class, or null if the JVM refused it or it is not made yet. */
        private final Compiled[] code = new Compiled[2];
        private final boolean[] made = new boolean[2];

        private Classes(Proto hot, Image image) {
            this.hot = hot;
            this.image = image;
        }

        Compiled code(boolean metered) {
            int i = metered ? 1 : 0;
            if (!made[i]) {
                Jit jit = new Jit(image, metered);
                jit.collect(hot); // true, as when the first class was made
                define(jit);
            }
            return code[i];
        }

        /** Makes the class of the members jit collected; false if the JVM refused it. */
        private boolean define(Jit jit) {
            int i = jit.metered ? 1 : 0;
            code[i] = jit.define();
            made[i] = true;
            return code[i] != null;
        }
    }

    /**
     * Translated code, entered from the interpreter: arguments (or, to resume at a loop head, all registers) are
     * read from the register files at base, and the result is left at base in the interpreter's current files.
     * Every translated function gets two counts: room, the calls that may still nest before the depth limit
     * (a tail call keeps it, as it keeps the interpreter's depth), and stack, the bytes of Java stack its calls may
     * still take ({@link #frameBytes}).
     */
    public interface Compiled {
        void call(int function, Interpreter vm, Closure self, long[] p, Object[] r, int base, int room, int stack);

        void resume(int function, Interpreter vm, Closure self, long[] p, Object[] r, int base, int pc, int room, int stack);
    }

    final Image image;
    /** Whether the code spends the interpreter's fuel (see {@link JitBody#charge}). */
    final boolean metered;
    /** The functions of one class, in method order: the hot one and those it calls directly. */
    final Map<Proto, Integer> members = new LinkedHashMap<>();
    /** For each member, the function each of its calls reaches, by pc (null where it is not a direct call). */
    final Map<Proto, Proto[]> callees = new HashMap<>();
    private final CallTargets targets;
    /** Objects of the image the code uses (types, natives, functions...), handed over as the class's data. */
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new IdentityHashMap<>();

    private Jit(Image image, boolean metered) {
        this.image = image;
        this.metered = metered;
        this.targets = new CallTargets(image);
    }

    /**
     * Translates a hot function and its direct callees, for an interpreter that meters fuel or not, if it can;
     * records their translations in the image's state or marks the function never to try again.
     */
    static void compile(Proto hot, Image image, JitState state, boolean metered) {
        state.calls[hot.index] = NEVER;
        Jit jit = new Jit(image, metered);
        Classes classes = new Classes(hot, image);
        if (!jit.collect(hot) || !classes.define(jit)) return;
        for (Map.Entry<Proto, Integer> m : jit.members.entrySet()) {
            int f = m.getKey().index;
            if (state.translations[f] == null) state.translations[f] = new Translation(classes, m.getValue());
        }
    }

    /** The class of the collected members, or null: a translation the JVM refuses is a missed optimisation, not an error. */
    private Compiled define() {
        try {
            byte[] bytes = generate();
            Class<?> c = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(constants), true).lookupClass();
            return (Compiled) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** Adds proto and, transitively, its direct callees; false if proto itself cannot be translated. */
    private boolean collect(Proto proto) {
        if (members.containsKey(proto)) return true;
        int[] code = proto.code;
        if (members.size() >= MAX_MEMBERS || proto.nregs > MAX_REGISTERS || code.length > MAX_CODE) return false;
        Proto[] called = new Proto[code.length];
        for (int pc = 0; pc < code.length; pc = Code.next(code, pc)) {
            int ins = code[pc];
            switch (op(ins)) {
                case TRY, ENDTRY, EXNVAL, RERAISE -> {
                    return false;
                }
                case CALLG, TCALLG -> called[pc] = image.proto(bx(ins));
                case CALLK, TCALLK -> {
                    // Without the callee, neither the arguments' kinds nor the result's are known.
                    called[pc] = targets.closureAt(proto, pc, b(ins));
                    if (called[pc] == null) return false;
                }
                default -> { }
            }
        }
        members.put(proto, members.size());
        callees.put(proto, called);
        for (Proto callee : called) if (callee != null) collect(callee);
        return true;
    }

    /** An object of the image as a constant of the class (its class data), typed as type. */
    DynamicConstantDesc<Object> constant(Object value, ClassDesc type) {
        Integer index = constantIndex.get(value);
        if (index == null) {
            index = constants.size();
            constants.add(value);
            constantIndex.put(value, index);
        }
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, index);
    }

    private byte[] generate() {
        ClassDesc self = ClassDesc.of(Jit.class.getPackageName() + ".Translated");
        ClassFile files = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(Jit.class.getClassLoader()))));
        return files.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withInterfaceSymbols(CD_COMPILED);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                    b -> b.aload(0).invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void)).return_());
            cb.withMethodBody("call", CALL, ClassFile.ACC_PUBLIC, b -> entry(b, self, false));
            cb.withMethodBody("resume", RESUME, ClassFile.ACC_PUBLIC, b -> entry(b, self, true));
            for (Map.Entry<Proto, Integer> m : members.entrySet()) {
                Proto proto = m.getKey();
                cb.withMethodBody(methodName(m.getValue(), false), methodType(proto, false), ClassFile.ACC_STATIC,
                        b -> new JitBody(this, b, proto, self, false).emit());
                if (JitBody.hasLoops(proto)) {
                    cb.withMethodBody(methodName(m.getValue(), true), methodType(proto, true), ClassFile.ACC_STATIC,
                            b -> new JitBody(this, b, proto, self, true).emit());
                }
            }
        });
    }

    /**
     * call(function, vm, self, p, r, base, room, stack) reads the arguments of function from the register files and
     * calls its method; resume(function, vm, self, p, r, base, pc, room, stack) passes the files on to its loop entry. Either
     * stores the result at base in the interpreter's files, which a call out may have grown meanwhile.
     */
    private void entry(CodeBuilder b, ClassDesc self, boolean resume) {
        int roomSlot = resume ? 8 : 7;
        int resultSlot = roomSlot + 2;
        Label fail = b.newLabel();
        List<SwitchCase> cases = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Label l = b.newLabel();
            labels.add(l);
            cases.add(SwitchCase.of(i, l));
        }
        b.iload(1).tableswitch(0, members.size() - 1, fail, cases);
        for (Map.Entry<Proto, Integer> m : members.entrySet()) {
            Proto proto = m.getKey();
            b.labelBinding(labels.get(m.getValue()));
            if (resume && !JitBody.hasLoops(proto)) {
                b.goto_(fail);
                continue;
            }
            b.aload(2).aload(3);
            if (resume) {
                b.aload(4).aload(5).iload(6).iload(7);
            } else {
                for (int i = 0; i < proto.paramKinds.length; i++) {
                    if (proto.paramKinds[i] == Kind.REF) b.aload(5).iload(6).loadConstant(i).iadd().aaload();
                    else b.aload(4).iload(6).loadConstant(i).iadd().laload();
                }
            }
            b.iload(roomSlot).iload(roomSlot + 1).invokestatic(self, methodName(m.getValue(), resume), methodType(proto, resume));
            if (proto.retKind == Kind.REF) {
                b.astore(resultSlot).aload(2).getfield(CD_INTERPRETER, "r", CD_Object.arrayType())
                 .iload(6).aload(resultSlot).aastore().return_();
            } else {
                b.lstore(resultSlot).aload(2).getfield(CD_INTERPRETER, "p", CD_long.arrayType())
                 .iload(6).lload(resultSlot).lastore().return_();
            }
        }
        b.labelBinding(fail);
        b.new_(ClassDesc.of("java.lang.IllegalStateException")).dup()
         .invokespecial(ClassDesc.of("java.lang.IllegalStateException"), "<init>", MethodTypeDesc.of(CD_void)).athrow();
    }

    /**
     * What a translated function's JVM frame may take of the Java stack, generously: the size of its frame in
     * HotSpot's interpreter (8 bytes a local and an operand slot, plus the frame's own words), which is what
     * it runs in until it is compiled; compiled frames are smaller.
     */
    static int frameBytes(Proto proto) {
        int slots = 4 + 3 * proto.nregs + 2 * proto.paramKinds.length;
        return 8 * (slots + 2 * proto.paramKinds.length + 32);
    }

    static String methodName(int index, boolean resume) {
        return (resume ? "o" : "f") + index;
    }

    /**
     * f(vm, self, parameters..., room, stack) or, resuming at a loop head, o(vm, self, p, r, base, pc, room, stack); a long for
     * a primitive, an Object for a reference.
     */
    static MethodTypeDesc methodType(Proto proto, boolean resume) {
        ClassDesc result = proto.retKind == Kind.REF ? CD_Object : CD_long;
        if (resume) {
            return MethodTypeDesc.of(result, CD_INTERPRETER, CD_CLOSURE, CD_long.arrayType(), CD_Object.arrayType(),
                    CD_int, CD_int, CD_int, CD_int);
        }
        ClassDesc[] params = new ClassDesc[proto.paramKinds.length + 4];
        params[0] = CD_INTERPRETER;
        params[1] = CD_CLOSURE;
        for (int i = 0; i < proto.paramKinds.length; i++) params[i + 2] = proto.paramKinds[i] == Kind.REF ? CD_Object : CD_long;
        params[params.length - 2] = CD_int;
        params[params.length - 1] = CD_int;
        return MethodTypeDesc.of(result, params);
    }
}
