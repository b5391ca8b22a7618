package org.fusabi.vm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.fusabi.vm.Op.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.vm.image.Image;

/**
 * The second tier: a function that the interpreter has called often, and that only computes on numbers (every
 * parameter, result and register primitive; no closures, natives or data), is translated with its numeric callees
 * into a class of static JVM methods, one local per register, so HotSpot compiles it like Java. Direct calls
 * between them are JVM calls; a self tail call is a jump. The interpreter uses it for CALLG when no {@link Limits}
 * are metered. Errors keep the script's position: each throw site knows its line. Any translation the JVM's
 * verifier would refuse just leaves the function to the interpreter.
 */
final class Jit {
    /** Interpreted calls before a function is translated. */
    static final int THRESHOLD = 2_000;
    /** {@link Proto#jitCalls} of a function that cannot, or need not, be translated again. */
    static final int NEVER = -1;

    private static final ClassDesc CD_COMPILED = ClassDesc.of(Compiled.class.getName());
    private static final ClassDesc CD_SUPPORT = ClassDesc.of(Jit.class.getName());
    private static final ClassDesc CD_DOUBLE = ClassDesc.of("java.lang.Double");
    private static final ClassDesc CD_ERROR = ClassDesc.of(ScriptError.class.getName());
    private static final MethodTypeDesc ERROR_AT = MethodTypeDesc.of(CD_ERROR, CD_String, CD_String, CD_String);
    private static final MethodTypeDesc CALL = MethodTypeDesc.of(CD_long, CD_int, CD_long.arrayType(), CD_int, CD_int);

    /**
     * Thrown by translated code that reaches the depth the interpreter allowed it: like running out of Java stack,
     * it makes the interpreter redo the (pure) call itself, which then reports the depth limit as usual.
     */
    static final StackOverflowError DEPTH_EXHAUSTED = new StackOverflowError("the call depth limit, in translated code");

    /** A translated function: the class's entry and the function's index in it. */
    record Translation(Compiled code, int index) {
        long call(long[] p, int base, int room) {
            return code.call(index, p, base, room);
        }
    }

    /** Translated code: the entry from the interpreter, arguments read from the register file. */
    public interface Compiled {
        long call(int function, long[] p, int base, int room);
    }

    private final Image image;
    /** The functions of one class, in method order: the hot one and the numeric functions it calls. */
    private final Map<Proto, Integer> members = new LinkedHashMap<>();

    private Jit(Image image) {
        this.image = image;
    }

    /** Translates a hot function if it is numeric; sets {@link Proto#jit} or marks it never to try again. */
    static void compile(Proto hot, Image image) {
        hot.jitCalls = NEVER;
        Jit jit = new Jit(image);
        if (!jit.collect(hot)) return;
        try {
            byte[] bytes = jit.generate();
            Class<?> c = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
            Compiled code = (Compiled) c.getDeclaredConstructor().newInstance();
            for (Map.Entry<Proto, Integer> m : jit.members.entrySet()) {
                if (m.getKey().jit == null) m.getKey().jit = new Translation(code, m.getValue());
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // A translation the JVM refuses is a missed optimisation, not an error: the interpreter runs it.
        }
    }

    /** Adds proto and, transitively, its direct callees; false if any of them is not numeric. */
    private boolean collect(Proto proto) {
        if (members.containsKey(proto)) return true;
        if (proto.captures.length > 0 || proto.retKind == Kind.REF || proto.nregs > 120) return false;
        for (byte k : proto.paramKinds) if (k == Kind.REF) return false;
        members.put(proto, members.size());
        int[] code = proto.code;
        for (int pc = 0; pc < code.length; pc += 1 + extraWords(code[pc])) {
            int ins = code[pc];
            int op = op(ins);
            if (!numeric(op)) return false;
            if (op == TCALLG && bx(ins) != proto.index) return false;
            if (op == CALLG && !collect(image.proto(bx(ins)))) return false;
        }
        return true;
    }

    private static boolean numeric(int op) {
        return switch (op) {
            case MOVP, LOADI, LOADK, ADDI, SUBI, MULI, DIVI, MODI, NEGI, ADDIK, BAND, BOR, BXOR, SHL, SHR, BNOT,
                 ADDF, SUBF, MULF, DIVF, MODF, POWF, NEGF, EQI, LTI, LEI, EQF, LTF, LEF, NOT, JMP, JMPF, JMPT,
                 I2F, F2I, CHR, CALLG, TCALLG, RET -> true;
            default -> op >= IFLT && op <= IFNEK;
        };
    }

    private byte[] generate() {
        ClassDesc self = ClassDesc.of(Jit.class.getPackageName() + ".Translated");
        return ClassFile.of().build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withInterfaceSymbols(CD_COMPILED);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                    b -> b.aload(0).invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void)).return_());
            cb.withMethodBody("call", CALL, ClassFile.ACC_PUBLIC, b -> entry(b, self));
            for (Map.Entry<Proto, Integer> m : members.entrySet()) {
                cb.withMethodBody(methodName(m.getValue()), methodType(m.getKey()), ClassFile.ACC_STATIC,
                        b -> new Body(b, m.getKey(), self).emit());
            }
        });
    }

    /** call(function, p, base, room): reads the arguments of function from p[base..] and calls its method. */
    private void entry(CodeBuilder b, ClassDesc self) {
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
            b.labelBinding(labels.get(m.getValue()));
            for (int i = 0; i < m.getKey().paramKinds.length; i++) b.aload(2).iload(3).loadConstant(i).iadd().laload();
            b.iload(4).invokestatic(self, methodName(m.getValue()), methodType(m.getKey())).lreturn();
        }
        b.labelBinding(fail);
        b.lconst_0().lreturn();
    }

    private static String methodName(int i) {
        return "f" + i;
    }

    private static MethodTypeDesc methodType(Proto proto) {
        ClassDesc[] params = new ClassDesc[proto.paramKinds.length + 1];
        for (int i = 0; i < proto.paramKinds.length; i++) params[i] = CD_long;
        params[proto.paramKinds.length] = CD_int;
        return MethodTypeDesc.of(CD_long, params);
    }

    /** Where the error happened and the one-frame trace the translated code can give; see {@link ScriptError}. */
    static ScriptError errorAt(String message, String location, String function) {
        ScriptError e = new ScriptError(message);
        e.locate(location, "  at " + function + " (" + location + ")");
        return e;
    }

    /** The translation of one function into the body of its static method. */
    private final class Body {
        private final CodeBuilder b;
        private final Proto proto;
        private final ClassDesc self;
        private final int roomSlot;
        private final Label[] labels;

        Body(CodeBuilder b, Proto proto, ClassDesc self) {
            this.b = b;
            this.proto = proto;
            this.self = self;
            this.roomSlot = 2 * proto.paramKinds.length;
            this.labels = new Label[proto.code.length + 1];
            for (int i = 0; i < labels.length; i++) labels[i] = b.newLabel();
        }

        /** Register i lives in a long local; the int parameter room sits between parameters and the others. */
        private int slot(int register) {
            return register < proto.paramKinds.length ? 2 * register : 2 * register + 1;
        }

        private String where(int pc) {
            int pos = image.position(proto, pc);
            return image.string(0) + ":" + (pos >>> 12) + ":" + (pos & 0xFFF);
        }

        private void fail(String message, int pc) {
            b.loadConstant(message).loadConstant(where(pc)).loadConstant(proto.name)
             .invokestatic(CD_SUPPORT, "errorAt", ERROR_AT).athrow();
        }

        void emit() {
            Label ok = b.newLabel();
            b.iload(roomSlot).ifgt(ok);
            b.getstatic(CD_SUPPORT, "DEPTH_EXHAUSTED", ClassDesc.of("java.lang.StackOverflowError")).athrow();
            b.labelBinding(ok);
            for (int r = proto.paramKinds.length; r < proto.nregs; r++) b.lconst_0().lstore(slot(r));
            int[] code = proto.code;
            for (int pc = 0; pc < code.length; pc += 1 + extraWords(code[pc])) {
                b.labelBinding(labels[pc]);
                instruction(code, pc);
            }
            b.labelBinding(labels[code.length]);
            b.lconst_0().lreturn();
        }

        private void load(int register) {
            b.lload(slot(register));
        }

        private void store(int register) {
            b.lstore(slot(register));
        }

        private void loadDouble(int register) {
            load(register);
            b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
        }

        private void storeDouble(int register) {
            b.invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
            store(register);
        }

        private void instruction(int[] code, int pc) {
            int ins = code[pc];
            int a = a(ins);
            int rb = b(ins);
            int rc = c(ins);
            Label next = labels[pc + 1 + extraWords(ins)];
            switch (op(ins)) {
                case MOVP -> { load(rb); store(a); }
                case LOADI -> { b.loadConstant((long) sbx(ins)); store(a); }
                case LOADK -> { b.loadConstant(image.constant(bx(ins))); store(a); }
                case ADDI -> { load(rb); load(rc); b.ladd(); store(a); }
                case SUBI -> { load(rb); load(rc); b.lsub(); store(a); }
                case MULI -> { load(rb); load(rc); b.lmul(); store(a); }
                case DIVI, MODI -> {
                    Label nonZero = b.newLabel();
                    load(rc);
                    b.lconst_0().lcmp().ifne(nonZero);
                    fail("division by zero", pc);
                    b.labelBinding(nonZero);
                    load(rb);
                    load(rc);
                    if (op(ins) == DIVI) b.ldiv(); else b.lrem();
                    store(a);
                }
                case NEGI -> { load(rb); b.lneg(); store(a); }
                case ADDIK -> { load(rb); b.loadConstant((long) sc(ins)).ladd(); store(a); }
                case BAND -> { load(rb); load(rc); b.land(); store(a); }
                case BOR -> { load(rb); load(rc); b.lor(); store(a); }
                case BXOR -> { load(rb); load(rc); b.lxor(); store(a); }
                case SHL -> { load(rb); load(rc); b.l2i().lshl(); store(a); }
                case SHR -> { load(rb); load(rc); b.l2i().lshr(); store(a); }
                case BNOT -> { load(rb); b.loadConstant(-1L).lxor(); store(a); }
                case ADDF -> { loadDouble(rb); loadDouble(rc); b.dadd(); storeDouble(a); }
                case SUBF -> { loadDouble(rb); loadDouble(rc); b.dsub(); storeDouble(a); }
                case MULF -> { loadDouble(rb); loadDouble(rc); b.dmul(); storeDouble(a); }
                case DIVF -> { loadDouble(rb); loadDouble(rc); b.ddiv(); storeDouble(a); }
                case MODF -> { loadDouble(rb); loadDouble(rc); b.drem(); storeDouble(a); }
                case POWF -> {
                    loadDouble(rb);
                    loadDouble(rc);
                    b.invokestatic(ClassDesc.of("java.lang.Math"), "pow", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                    storeDouble(a);
                }
                case NEGF -> { loadDouble(rb); b.dneg(); storeDouble(a); }
                case EQI, LTI, LEI -> {
                    load(rb);
                    load(rc);
                    b.lcmp();
                    bool(a, op(ins) == EQI ? Test.EQ : op(ins) == LTI ? Test.LT : Test.LE);
                }
                case EQF, LTF, LEF -> {
                    loadDouble(rb);
                    loadDouble(rc);
                    if (op(ins) == EQF) b.dcmpl(); else b.dcmpg();
                    bool(a, op(ins) == EQF ? Test.EQ : op(ins) == LTF ? Test.LT : Test.LE);
                }
                case NOT -> { load(rb); b.lconst_1().lxor(); store(a); }
                case JMP -> b.goto_(labels[pc + 1 + sj(ins)]);
                case JMPF, JMPT -> {
                    load(a);
                    b.lconst_0().lcmp();
                    if (op(ins) == JMPF) b.ifeq(labels[pc + 1 + sbx(ins)]); else b.ifne(labels[pc + 1 + sbx(ins)]);
                }
                case I2F -> { load(rb); b.l2d(); storeDouble(a); }
                case F2I -> { loadDouble(rb); b.d2l(); store(a); }
                case CHR -> { load(rb); b.l2i().i2c().i2l(); store(a); }
                case CALLG -> call(a, image.proto(bx(ins)));
                case TCALLG -> {
                    int n = proto.paramKinds.length;
                    for (int i = 0; i < n; i++) load(a + i);
                    for (int i = n - 1; i >= 0; i--) store(i);
                    b.goto_(labels[0]);
                }
                case RET -> { load(a); b.lreturn(); }
                default -> branch(ins, pc, next);
            }
        }

        private enum Test { EQ, LT, LE }

        /** After lcmp/dcmp: stores 1 in register a when the test holds, else 0. */
        private void bool(int a, Test test) {
            Label no = b.newLabel();
            Label done = b.newLabel();
            switch (test) {
                case EQ -> b.ifne(no);
                case LT -> b.ifge(no);
                case LE -> b.ifgt(no);
            }
            b.lconst_1().goto_(done);
            b.labelBinding(no);
            b.lconst_0();
            b.labelBinding(done);
            store(a);
        }

        /** IF..: the next instruction runs when the test holds; otherwise control skips by the extra word. */
        private void branch(int ins, int pc, Label next) {
            int op = op(ins);
            Label otherwise = labels[pc + 2 + proto.code[pc + 1]];
            boolean immediate = op >= IFLTK;
            boolean floats = op >= IFLTF && op <= IFNEF;
            if (floats) {
                loadDouble(a(ins));
                loadDouble(b(ins));
                if (op == IFEQF || op == IFNEF) b.dcmpl(); else b.dcmpg();
            } else {
                load(a(ins));
                if (immediate) b.loadConstant((long) sb(ins)); else load(b(ins));
                b.lcmp();
            }
            switch (op) {
                case IFLT, IFLTF, IFLTK -> b.ifge(otherwise);
                case IFLE, IFLEF, IFLEK -> b.ifgt(otherwise);
                case IFEQ, IFEQF, IFEQK -> b.ifne(otherwise);
                case IFNE, IFNEF, IFNEK -> b.ifeq(otherwise);
                case IFGTK -> b.ifle(otherwise);
                case IFGEK -> b.iflt(otherwise);
                default -> throw new IllegalStateException("not a branch: " + op);
            }
            b.goto_(next);
        }

        /** A direct call. Running out of Java stack inside it reaches the interpreter, which redoes the call. */
        private void call(int a, Proto callee) {
            for (int i = 0; i < callee.paramKinds.length; i++) load(a + i);
            b.iload(roomSlot).iconst_1().isub();
            b.invokestatic(self, methodName(members.get(callee)), methodType(callee));
            store(a);
        }
    }
}
