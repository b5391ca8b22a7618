package org.fusabi.vm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.fusabi.vm.bytecode.Op.*;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Code;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.image.Proto;
import org.fusabi.vm.printf.FormatString;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Cell;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * The translation of one function into the body of a static method (see {@link Jit}): either its call entry,
 * whose parameters are the function's, or its loop entry, which loads every register from the interpreter's
 * files and jumps to the loop head the interpreter was at. Register i is a long local and an Object local.
 */
final class JitBody {
    private static final ClassDesc CD_RUNTIME = desc(JitRuntime.class);
    private static final ClassDesc CD_ARRAY_ACCESS = desc(ArrayAccess.class);
    private static final ClassDesc CD_ERROR = desc(ScriptError.class);
    private static final ClassDesc CD_PROTO = desc(Proto.class);
    private static final ClassDesc CD_FLIST = desc(FList.class);
    private static final ClassDesc CD_RECORD = desc(RecordValue.class);
    private static final ClassDesc CD_RECORD_TYPE = desc(RecordType.class);
    private static final ClassDesc CD_UNION = desc(UnionValue.class);
    private static final ClassDesc CD_UNION_TYPE = desc(UnionType.class);
    private static final ClassDesc CD_TUPLE = desc(Tuple.class);
    private static final ClassDesc CD_CELL = desc(Cell.class);
    private static final ClassDesc CD_NATIVE_BODY = desc(Native.Body.class);
    private static final ClassDesc CD_NATIVE_LEAF = desc(Native.Leaf.class);
    private static final ClassDesc CD_FORMAT = desc(FormatString.class);
    private static final ClassDesc CD_OBJECTS = CD_Object.arrayType();
    private static final ClassDesc CD_DOUBLE = ClassDesc.of("java.lang.Double");
    private static final ClassDesc CD_LONG = ClassDesc.of("java.lang.Long");
    private static final MethodTypeDesc ERROR_AT = MethodTypeDesc.of(CD_ERROR, CD_String, CD_String);
    private static final MethodTypeDesc LOCATED = MethodTypeDesc.of(CD_ERROR, CD_ERROR, CD_String, CD_String);
    private static final ClassDesc CD_RUNTIME_EXCEPTION = ClassDesc.of("java.lang.RuntimeException");
    private static final MethodTypeDesc INTERNAL = MethodTypeDesc.of(CD_RUNTIME_EXCEPTION, CD_RUNTIME_EXCEPTION, CD_String, CD_String);
    private static final ClassDesc CD_THREAD = ClassDesc.of("java.lang.Thread");
    private static final ClassDesc CD_VM_ERROR = ClassDesc.of("java.lang.VirtualMachineError");
    private static final MethodTypeDesc JAVA_ERROR = MethodTypeDesc.of(CD_ERROR, CD_VM_ERROR, CD_String, CD_String);
    private static final MethodTypeDesc CALL_OUT = MethodTypeDesc.of(CD_Object, CD_int, CD_int, CD_Object, CD_OBJECTS);

    private static ClassDesc desc(Class<?> c) {
        return ClassDesc.of(c.getName());
    }

    private final Jit jit;
    private final CodeBuilder b;
    private final Proto proto;
    private final ClassDesc self;
    private final boolean resume;
    private final Proto[] callees;
    private final int roomSlot;
    private final int stackSlot;
    private final int registers;
    private final Label[] labels;
    /** Handlers that locate errors from what an instruction calls, by the instruction's pc. */
    private final Map<Integer, Label> handlers = new LinkedHashMap<>();
    /** Handlers that turn Java exceptions from what an instruction calls into internal errors there, by pc. */
    private final Map<Integer, Label> internalHandlers = new LinkedHashMap<>();
    /** Handlers for the Java stack or heap running out in what an instruction calls, by pc. */
    private final Map<Integer, Label> javaErrorHandlers = new LinkedHashMap<>();

    private static final int VM = 0;
    private static final int SELF_SLOT = 1;

    JitBody(Jit jit, CodeBuilder b, Proto proto, ClassDesc self, boolean resume) {
        this.jit = jit;
        this.b = b;
        this.proto = proto;
        this.self = self;
        this.resume = resume;
        this.callees = jit.callees.get(proto);
        int params = 2;
        for (byte k : proto.paramKinds) params += k == Kind.REF ? 1 : 2;
        this.roomSlot = resume ? 6 : params;
        this.stackSlot = roomSlot + 1;
        this.registers = stackSlot + 1;
        this.labels = new Label[proto.code.length + 1];
        for (int i = 0; i < labels.length; i++) labels[i] = b.newLabel();
    }

    /** Whether the function has a loop, and so a loop entry. */
    static boolean hasLoops(Proto proto) {
        return !loopHeads(proto).isEmpty();
    }

    private static List<Integer> loopHeads(Proto proto) {
        List<Integer> heads = new ArrayList<>();
        int[] code = proto.code;
        for (int pc = 0; pc < code.length; pc = Code.next(code, pc)) {
            if (op(code[pc]) != JMP) continue;
            int head = (int) Code.jumpTarget(code, pc);
            if (head <= pc && !heads.contains(head)) heads.add(head);
        }
        return heads;
    }

    private int pslot(int register) {
        return registers + 3 * register;
    }

    private int rslot(int register) {
        return registers + 3 * register + 2;
    }

    void emit() {
        int[] code = proto.code;
        if (resume) {
            for (int i = 0; i < proto.nregs; i++) {
                b.aload(2).iload(4).loadConstant(i).iadd().laload().lstore(pslot(i));
                b.aload(3).iload(4).loadConstant(i).iadd().aaload().astore(rslot(i));
            }
            List<SwitchCase> cases = new ArrayList<>();
            List<Integer> heads = loopHeads(proto);
            for (int head : heads) cases.add(SwitchCase.of(head, labels[head]));
            b.iload(5).lookupswitch(labels[heads.get(0)], cases);
        } else {
            // Every local holds a value before the first instruction, so the verifier accepts any path to a use.
            for (int i = 0; i < proto.nregs; i++) b.lconst_0().lstore(pslot(i)).aconst_null().astore(rslot(i));
            int slot = 2;
            for (int i = 0; i < proto.paramKinds.length; i++) {
                if (proto.paramKinds[i] == Kind.REF) {
                    b.aload(slot).astore(rslot(i));
                    slot++;
                } else {
                    b.lload(slot).lstore(pslot(i));
                    slot += 2;
                }
            }
        }
        for (int pc = 0; pc < code.length; pc = Code.next(code, pc)) {
            b.labelBinding(labels[pc]);
            instruction(code, pc);
        }
        b.labelBinding(labels[code.length]);
        if (proto.retKind == Kind.REF) b.aconst_null().areturn(); else b.lconst_0().lreturn();
        handlers(handlers, pc -> isTail(pc) ? "locatedTail" : "located", LOCATED);
        handlers(internalHandlers, pc -> "internal", INTERNAL);
        handlers(javaErrorHandlers, pc -> "javaError", JAVA_ERROR);
    }

    /** The handlers' code: the caught exception, where and in which function go to a JitRuntime method, which says what to throw. */
    private void handlers(Map<Integer, Label> at, IntFunction<String> method, MethodTypeDesc type) {
        for (Map.Entry<Integer, Label> h : at.entrySet()) {
            b.labelBinding(h.getValue());
            b.loadConstant(where(h.getKey())).loadConstant(proto.name).invokestatic(CD_RUNTIME, method.apply(h.getKey()), type).athrow();
        }
    }

    private String where(int pc) {
        return jit.image.where(jit.image.position(proto, pc));
    }

    /** Throws the error JitRuntime's method {@code raiser} makes, located at pc. */
    private void fail(String raiser, int pc) {
        b.loadConstant(where(pc)).loadConstant(proto.name).invokestatic(CD_RUNTIME, raiser, ERROR_AT).athrow();
    }

    /** Emits code whose ScriptErrors (from what it calls) leave this frame at pc. */
    private void guarded(int pc, Runnable code) {
        Label start = b.newLabel();
        Label end = b.newLabel();
        b.labelBinding(start);
        code.run();
        b.labelBinding(end);
        b.exceptionCatch(start, end, handlers.computeIfAbsent(pc, k -> b.newLabel()), CD_ERROR);
        b.exceptionCatch(start, end, internalHandlers.computeIfAbsent(pc, k -> b.newLabel()), CD_RUNTIME_EXCEPTION);
        b.exceptionCatch(start, end, javaErrorHandlers.computeIfAbsent(pc, k -> b.newLabel()), CD_VM_ERROR);
    }

    /** Whether the instruction at pc is a tail call (its frame is not in an error's trace, see {@link JitRuntime#locatedTail}). */
    private boolean isTail(int pc) {
        int op = op(proto.code[pc]);
        return op == TCALLG || op == TCALLK || op == TAPPLY;
    }

    private void load(int register) {
        b.lload(pslot(register));
    }

    private void store(int register) {
        b.lstore(pslot(register));
    }

    private void loadRef(int register) {
        b.aload(rslot(register));
    }

    private void storeRef(int register) {
        b.astore(rslot(register));
    }

    private void load(int kind, int register) {
        if (kind == Kind.REF) loadRef(register); else load(register);
    }

    private void store(int kind, int register) {
        if (kind == Kind.REF) storeRef(register); else store(register);
    }

    private void loadDouble(int register) {
        load(register);
        b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
    }

    private void storeDouble(int register) {
        b.invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
        store(register);
    }

    private void loadRef(int register, ClassDesc type) {
        loadRef(register);
        b.checkcast(type);
    }

    /** Boxes the value of a register of the given kind onto the stack. */
    private void boxed(int kind, int register) {
        if (kind == Kind.REF) {
            loadRef(register);
        } else {
            load(register);
            JitBoxing.box(b, kind);
        }
    }

    /** Converts the value on the stack from kind {@code from} to kind {@code to}. */
    private void convert(int from, int to) {
        if (from == to || from != Kind.REF && to != Kind.REF) return;
        if (to == Kind.REF) JitBoxing.box(b, from); else JitBoxing.unbox(b, to);
    }

    /**
     * CONV on the long on the stack: the wrapping of integers and float32's rounding written out (they follow every
     * arithmetic instruction on a narrow type), the other pairs through {@link Numbers#convert}.
     */
    private void conversion(int operand) {
        NumType from = NumType.from(operand);
        NumType to = NumType.to(operand);
        if (!from.floating() && !to.floating()) {
            switch (to) {
                case SBYTE -> b.l2i().i2b().i2l();
                case INT16 -> b.l2i().i2s().i2l();
                case UINT16, CHAR -> b.l2i().i2c().i2l();
                case INT32 -> b.l2i().i2l();
                case BYTE -> b.loadConstant(0xFFL).land();
                case UINT32 -> b.loadConstant(0xFFFFFFFFL).land();
                default -> { }
            }
        } else if (from.floating() && to == NumType.FLOAT32) {
            b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long)).d2f().f2d()
                    .invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
        } else {
            b.loadConstant(operand).invokestatic(CD_RUNTIME, "convert", MethodTypeDesc.of(CD_long, CD_long, CD_int));
        }
    }

    private void returnValue() {
        if (proto.retKind == Kind.REF) b.areturn(); else b.lreturn();
    }

    /** A new Object[] of registers from..from+n-1. */
    private void array(int from, int n) {
        b.loadConstant(n).anewarray(CD_Object);
        for (int i = 0; i < n; i++) {
            b.dup().loadConstant(i);
            loadRef(from + i);
            b.aastore();
        }
    }

    private void constant(Object value, ClassDesc type) {
        b.loadConstant(jit.constant(value, type));
    }

    private void instruction(int[] code, int pc) {
        int ins = code[pc];
        int a = a(ins);
        int rb = b(ins);
        int rc = c(ins);
        switch (op(ins)) {
            case MOVP -> { load(rb); store(a); }
            case MOVR -> { loadRef(rb); storeRef(a); }
            case LOADI -> { b.loadConstant((long) sbx(ins)); store(a); }
            case LOADK -> { b.loadConstant(jit.image.constant(bx(ins))); store(a); }
            case LOADS -> { b.loadConstant(jit.image.string(bx(ins))); storeRef(a); }
            case LOADU -> { b.getstatic(desc(Unit.class), "VALUE", desc(Unit.class)); storeRef(a); }
            case LOADNIL -> { b.getstatic(CD_FLIST, "NIL", CD_FLIST); storeRef(a); }
            case LOADNONE -> { b.getstatic(CD_UNION, "NONE", CD_UNION); storeRef(a); }
            case GETGP -> { b.aload(VM).getfield(Jit.CD_INTERPRETER, "gp", CD_long.arrayType()).loadConstant(bx(ins)).laload(); store(a); }
            case GETGR -> { b.aload(VM).getfield(Jit.CD_INTERPRETER, "gr", CD_OBJECTS).loadConstant(bx(ins)).aaload(); storeRef(a); }
            case SETGP -> { b.aload(VM).getfield(Jit.CD_INTERPRETER, "gp", CD_long.arrayType()).loadConstant(bx(ins)); load(a); b.lastore(); }
            case SETGR -> { b.aload(VM).getfield(Jit.CD_INTERPRETER, "gr", CD_OBJECTS).loadConstant(bx(ins)); loadRef(a); b.aastore(); }
            case GETUPP -> { b.aload(SELF_SLOT).getfield(Jit.CD_CLOSURE, "pcaps", CD_long.arrayType()).loadConstant(rb).laload(); store(a); }
            case GETUPR -> { b.aload(SELF_SLOT).getfield(Jit.CD_CLOSURE, "rcaps", CD_OBJECTS).loadConstant(rb).aaload(); storeRef(a); }
            case SELF -> { b.aload(SELF_SLOT); storeRef(a); }
            case CELLP, CELLR -> {
                b.new_(CD_CELL).dup().invokespecial(CD_CELL, "<init>", MethodTypeDesc.of(CD_void)).dup();
                if (op(ins) == CELLP) {
                    load(rb);
                    b.putfield(CD_CELL, "prim", CD_long);
                } else {
                    loadRef(rb);
                    b.putfield(CD_CELL, "ref", CD_Object);
                }
                storeRef(a);
            }
            case GETCP -> { loadRef(rb, CD_CELL); b.getfield(CD_CELL, "prim", CD_long); store(a); }
            case GETCR -> { loadRef(rb, CD_CELL); b.getfield(CD_CELL, "ref", CD_Object); storeRef(a); }
            case SETCP -> { loadRef(a, CD_CELL); load(rb); b.putfield(CD_CELL, "prim", CD_long); }
            case SETCR -> { loadRef(a, CD_CELL); loadRef(rb); b.putfield(CD_CELL, "ref", CD_Object); }
            case ADDI -> { load(rb); load(rc); b.ladd(); store(a); }
            case SUBI -> { load(rb); load(rc); b.lsub(); store(a); }
            case MULI -> { load(rb); load(rc); b.lmul(); store(a); }
            case DIVI, MODI -> {
                Label nonZero = b.newLabel();
                load(rc);
                b.lconst_0().lcmp().ifne(nonZero);
                fail("divideByZeroAt", pc);
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
            case EQR -> guarded(pc, () -> {
                loadRef(rb);
                loadRef(rc);
                b.invokestatic(desc(Values.class), "equal", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object)).i2l();
                store(a);
            });
            case CMPR -> guarded(pc, () -> {
                loadRef(rb);
                loadRef(rc);
                b.invokestatic(desc(Values.class), "compare", MethodTypeDesc.of(CD_int, CD_Object, CD_Object)).i2l();
                store(a);
            });
            case NOT -> { load(rb); b.lconst_1().lxor(); store(a); }
            case JMP -> {
                if (sj(ins) < 0) turn(pc, -sj(ins));
                b.goto_(jumpLabel(pc));
            }
            case JMPF, JMPT -> {
                load(a);
                b.lconst_0().lcmp();
                if (op(ins) == JMPF) b.ifeq(jumpLabel(pc)); else b.ifne(jumpLabel(pc));
            }
            case TSWITCH -> {
                Label after = labels[Code.next(code, pc)];
                List<SwitchCase> cases = new ArrayList<>();
                for (int i = 0; i < rc; i++) cases.add(SwitchCase.of(i, labels[(int) Code.switchTarget(code, pc, i)]));
                load(a);
                b.loadConstant(rc).invokestatic(CD_RUNTIME, "switchIndex", MethodTypeDesc.of(CD_int, CD_long, CD_int));
                if (rc == 0) b.pop().goto_(after); else b.tableswitch(0, rc - 1, after, cases);
            }
            case BOXI, BOXF, BOXB, BOXC -> {
                load(rb);
                JitBoxing.box(b, op(ins) - BOXI + Kind.INT);
                storeRef(a);
            }
            case UNBOXI, UNBOXF, UNBOXB, UNBOXC -> {
                loadRef(rb);
                JitBoxing.unbox(b, op(ins) - UNBOXI + Kind.INT);
                store(a);
            }
            case I2F -> { load(rb); b.l2d(); storeDouble(a); }
            case F2I -> { loadDouble(rb); b.d2l(); store(a); }
            case CHR -> { load(rb); b.l2i().i2c().i2l(); store(a); }
            case CONV -> { load(rb); conversion(rc); store(a); }
            case BOXN -> { load(rb); JitBoxing.box(b, rc); storeRef(a); }
            case UNBOXN -> { loadRef(rb); JitBoxing.unbox(b, rc); store(a); }
            case DIVU, MODU -> {
                Label nonZero = b.newLabel();
                load(rc);
                b.lconst_0().lcmp().ifne(nonZero);
                fail("divideByZeroAt", pc);
                b.labelBinding(nonZero);
                load(rb);
                load(rc);
                b.invokestatic(CD_LONG, op(ins) == DIVU ? "divideUnsigned" : "remainderUnsigned", MethodTypeDesc.of(CD_long, CD_long, CD_long));
                store(a);
            }
            case LTU, LEU -> {
                load(rb);
                load(rc);
                b.invokestatic(CD_LONG, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                bool(a, op(ins) == LTU ? Test.LT : Test.LE);
            }
            case SHRU -> { load(rb); load(rc); b.l2i().lushr(); store(a); }
            case CONCAT -> {
                b.aload(VM);
                loadRef(rb, CD_String);
                loadRef(rc, CD_String);
                guarded(pc, () -> b.invokevirtual(Jit.CD_INTERPRETER, "concat", MethodTypeDesc.of(CD_String, CD_String, CD_String)));
                storeRef(a);
            }
            case TUPLE -> {
                b.new_(CD_TUPLE).dup();
                array(rb, rc);
                b.invokespecial(CD_TUPLE, "<init>", MethodTypeDesc.of(CD_void, CD_OBJECTS));
                storeRef(a);
            }
            case GETITEM -> { loadRef(rb, CD_TUPLE); b.getfield(CD_TUPLE, "items", CD_OBJECTS).loadConstant(rc).aaload(); storeRef(a); }
            case CONS -> {
                b.new_(CD_FLIST).dup();
                loadRef(rb);
                loadRef(rc, CD_FLIST);
                b.invokespecial(CD_FLIST, "<init>", MethodTypeDesc.of(CD_void, CD_Object, CD_FLIST));
                storeRef(a);
            }
            case ISNIL -> {
                Label no = b.newLabel();
                Label done = b.newLabel();
                loadRef(rb);
                b.getstatic(CD_FLIST, "NIL", CD_FLIST).if_acmpne(no).lconst_1().goto_(done);
                b.labelBinding(no);
                b.lconst_0();
                b.labelBinding(done);
                store(a);
            }
            case HEAD -> { loadRef(rb, CD_FLIST); b.getfield(CD_FLIST, "head", CD_Object); storeRef(a); }
            case TAIL -> { loadRef(rb, CD_FLIST); b.getfield(CD_FLIST, "tail", CD_FLIST); storeRef(a); }
            case UNION -> {
                int w = code[pc + 1];
                UnionType type = (UnionType) jit.image.type(UnionCase.type(w));
                int tag = UnionCase.tag(w);
                if (rc == 0) {
                    // Nullary cases are values: one per image serves every use.
                    constant(type == UnionType.OPTION && tag == 0 ? UnionValue.NONE : new UnionValue(type, tag, new Object[0]), CD_UNION);
                } else {
                    b.new_(CD_UNION).dup();
                    constant(type, CD_UNION_TYPE);
                    b.loadConstant(tag);
                    fieldArrays(rb, rc, i -> type.kind(tag, i));
                    b.invokespecial(CD_UNION, "<init>", MethodTypeDesc.of(CD_void, CD_UNION_TYPE, CD_int, CD_OBJECTS, CD_long.arrayType()));
                }
                storeRef(a);
            }
            case GETTAG -> { loadRef(rb, CD_UNION); b.getfield(CD_UNION, "tag", CD_int).i2l(); store(a); }
            case GETUF -> {
                loadRef(rb, CD_UNION);
                b.loadConstant(rc).invokevirtual(CD_UNION, "field", MethodTypeDesc.of(CD_Object, CD_int));
                storeRef(a);
            }
            case GETUFP -> {
                loadRef(rb, CD_UNION);
                b.loadConstant(rc).invokevirtual(CD_UNION, "bits", MethodTypeDesc.of(CD_long, CD_int));
                store(a);
            }
            case ISCASE -> {
                int w = code[pc + 1];
                loadRef(rb);
                constant(jit.image.type(UnionCase.type(w)), CD_UNION_TYPE);
                b.loadConstant(UnionCase.tag(w))
                 .invokestatic(CD_RUNTIME, "isCase", MethodTypeDesc.of(CD_boolean, CD_Object, CD_UNION_TYPE, CD_int)).i2l();
                store(a);
            }
            case RECORD -> record(a, (RecordType) jit.image.type(code[pc + 1]), rb);
            case GETRF -> {
                loadRef(rb, CD_RECORD);
                b.loadConstant(rc).invokevirtual(CD_RECORD, "field", MethodTypeDesc.of(CD_Object, CD_int));
                storeRef(a);
            }
            case SETRF -> {
                loadRef(a, CD_RECORD);
                b.loadConstant(rb);
                loadRef(rc);
                b.invokevirtual(CD_RECORD, "set", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
            }
            case GETRFP -> {
                loadRef(rb, CD_RECORD);
                b.loadConstant(rc).invokevirtual(CD_RECORD, "bits", MethodTypeDesc.of(CD_long, CD_int));
                store(a);
            }
            case SETRFP -> {
                loadRef(a, CD_RECORD);
                b.loadConstant(rb);
                load(rc);
                b.invokevirtual(CD_RECORD, "setBits", MethodTypeDesc.of(CD_void, CD_int, CD_long));
            }
            case ARRAY -> { array(rb, rc); storeRef(a); }
            case AGET -> arrayGet(pc, Kind.REF, a, rb, rc);
            case ASET -> arraySet(pc, Kind.REF, a, rb, rc);
            case AGETI, AGETF, AGETB, AGETC -> arrayGet(pc, Op.elementKind(op(ins)), a, rb, rc);
            case ASETI, ASETF, ASETB, ASETC -> arraySet(pc, Op.elementKind(op(ins)), a, rb, rc);
            case ARRAYP -> {
                TypeKind element = element(code[pc + 1]);
                b.loadConstant(rc).newarray(element);
                for (int i = 0; i < rc; i++) {
                    b.dup().loadConstant(i);
                    load(rb + i);
                    toElement(element);
                    b.arrayStore(element);
                }
                storeRef(a);
            }
            case ALEN -> {
                loadRef(rb);
                b.invokestatic(desc(ArrayValues.class), "length", MethodTypeDesc.of(CD_int, CD_Object)).i2l();
                store(a);
            }
            case CALLG -> { call(pc, a, -1, false); store(callees[pc].retKind, a); }
            case CALLK -> { call(pc, a, rb, false); store(callees[pc].retKind, a); }
            case TCALLG, TCALLK -> tailCall(pc, a, op(ins) == TCALLK ? rb : -1);
            case APPLY, TAPPLY -> {
                callOutCounts(op(ins) == TAPPLY);
                loadRef(a);
                array(a + 1, rb);
                guarded(pc, () -> b.invokevirtual(Jit.CD_INTERPRETER, "callOut", CALL_OUT));
                if (op(ins) == APPLY) {
                    storeRef(a);
                } else {
                    convert(Kind.REF, proto.retKind);
                    returnValue();
                }
            }
            case CALLN -> {
                Native fn = (Native) jit.image.nativeAt(bx(ins));
                if (fn.body() instanceof Native.Leaf leaf && !jit.metered) {
                    constant(leaf, CD_NATIVE_LEAF);
                    array(a, fn.arity());
                    guarded(pc, () -> b.invokeinterface(CD_NATIVE_LEAF, "apply", MethodTypeDesc.of(CD_Object, CD_OBJECTS)));
                    storeRef(a);
                    break;
                }
                callOutCounts(false);
                constant(fn.body(), CD_NATIVE_BODY);
                array(a, fn.arity());
                guarded(pc, () -> b.invokevirtual(Jit.CD_INTERPRETER, "callOut", CALL_OUT));
                storeRef(a);
            }
            case RET -> { load(proto.retKind, a); returnValue(); }
            case CLOSURE -> closure(a, jit.image.proto(bx(ins)));
            case SETCAP -> { loadRef(a, Jit.CD_CLOSURE); b.getfield(Jit.CD_CLOSURE, "rcaps", CD_OBJECTS).loadConstant(rb); loadRef(rc); b.aastore(); }
            case MATCHFAIL -> fail("matchFailureAt", pc);
            case FAIL -> guarded(pc, () -> {
                loadRef(a, CD_String);
                b.invokestatic(Jit.CD_INTERPRETER, "failure", MethodTypeDesc.of(CD_ERROR, CD_String)).athrow();
            });
            case RAISE -> guarded(pc, () -> {
                loadRef(a);
                b.invokestatic(Jit.CD_INTERPRETER, "raised", MethodTypeDesc.of(CD_ERROR, CD_Object)).athrow();
            });
            case FMT -> {
                constant(FormatString.parse(jit.image.string(code[pc + 1])), CD_FORMAT);
                array(rb, rc);
                guarded(pc, () -> b.invokevirtual(CD_FORMAT, "format", MethodTypeDesc.of(CD_String, CD_OBJECTS)));
                storeRef(a);
            }
            case OUT -> {
                b.aload(VM).loadConstant(rb);
                loadRef(a, CD_String);
                b.invokevirtual(Jit.CD_INTERPRETER, "output", MethodTypeDesc.of(CD_void, CD_int, CD_String));
            }
            default -> branch(ins, pc, labels[Code.next(code, pc)]);
        }
    }

    /** The JVM element type of the arrays of each {@link Kind#unboxedInArrays unboxed} kind, and REF's Object[]. */
    private static TypeKind element(int kind) {
        return switch (kind) {
            case Kind.INT -> TypeKind.LONG;
            case Kind.FLOAT -> TypeKind.DOUBLE;
            case Kind.BOOL -> TypeKind.BOOLEAN;
            case Kind.CHAR -> TypeKind.CHAR;
            default -> TypeKind.REFERENCE;
        };
    }

    private static ClassDesc arrayOf(TypeKind element) {
        return element == TypeKind.REFERENCE ? CD_OBJECTS : element.upperBound().arrayType();
    }

    /**
     * AGET and its typed forms: the element straight from the array when it is in the representation its kind
     * makes (HotSpot then sees an ordinary array read), else through {@link ArrayAccess}, which boxes or unboxes.
     */
    private void arrayGet(int pc, int kind, int a, int rb, int rc) {
        TypeKind element = element(kind);
        Label other = b.newLabel();
        Label done = b.newLabel();
        arrayAndIndex(pc, element, rb, rc, other);
        b.arrayLoad(element);
        fromElement(element);
        store(kind, a);
        b.goto_(done);
        b.labelBinding(other);
        loadRef(rb);
        load(rc);
        if (kind == Kind.REF) {
            guarded(pc, () -> b.invokestatic(CD_ARRAY_ACCESS, "get", MethodTypeDesc.of(CD_Object, CD_Object, CD_long)));
        } else {
            b.loadConstant(kind);
            guarded(pc, () -> b.invokestatic(CD_ARRAY_ACCESS, "getBits", MethodTypeDesc.of(CD_long, CD_Object, CD_long, CD_int)));
        }
        store(kind, a);
        b.labelBinding(done);
    }

    /** ASET and its typed forms, as {@link #arrayGet}. */
    private void arraySet(int pc, int kind, int a, int rb, int rc) {
        TypeKind element = element(kind);
        Label other = b.newLabel();
        Label done = b.newLabel();
        arrayAndIndex(pc, element, a, rb, other);
        load(kind, rc);
        toElement(element);
        b.arrayStore(element);
        b.goto_(done);
        b.labelBinding(other);
        loadRef(a);
        load(rb);
        load(kind, rc);
        if (kind == Kind.REF) {
            guarded(pc, () -> b.invokestatic(CD_ARRAY_ACCESS, "set", MethodTypeDesc.of(CD_void, CD_Object, CD_long, CD_Object)));
        } else {
            b.loadConstant(kind);
            guarded(pc, () -> b.invokestatic(CD_ARRAY_ACCESS, "setBits", MethodTypeDesc.of(CD_void, CD_Object, CD_long, CD_long, CD_int)));
        }
        b.labelBinding(done);
    }

    /**
     * Pushes the array in ref register arr and the index in register index, checked against its length, when the
     * array is of the element type's representation; jumps to other when it is not.
     */
    private void arrayAndIndex(int pc, TypeKind element, int arr, int index, Label other) {
        loadRef(arr);
        b.instanceOf(arrayOf(element)).ifeq(other);
        loadRef(arr, arrayOf(element));
        b.dup().arraylength();
        load(index);
        guarded(pc, () -> b.invokestatic(CD_ARRAY_ACCESS, "index", MethodTypeDesc.of(CD_int, CD_int, CD_long)));
    }

    /** An element just read, as a register value (the raw bits of a double, a bool as 0 or 1). */
    private void fromElement(TypeKind element) {
        switch (element) {
            case DOUBLE -> b.invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
            case BOOLEAN, CHAR -> b.i2l();
            default -> { }
        }
    }

    /** A register value as the element to store; a bool is true when not 0, as the interpreter has it. */
    private void toElement(TypeKind element) {
        switch (element) {
            case DOUBLE -> b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
            case BOOLEAN -> b.lconst_0().lcmp().iconst_1().iand();
            case CHAR -> b.l2i();
            default -> { }
        }
    }

    /** RECORD: field i from register from + i, its primitive slot if the type stores it unboxed (see Interpreter#record). */
    private void record(int a, RecordType type, int from) {
        b.new_(CD_RECORD).dup();
        constant(type, CD_RECORD_TYPE);
        fieldArrays(from, type.fields().size(), type::kind);
        b.invokespecial(CD_RECORD, "<init>", MethodTypeDesc.of(CD_void, CD_RECORD_TYPE, CD_OBJECTS, CD_long.arrayType()));
        storeRef(a);
    }

    /**
     * The fields of a new record or union case, field i from register from + i: pushes the Object[] of those stored
     * as references and the long[] of those stored unboxed (kind says which), or null when there are none.
     */
    private void fieldArrays(int from, int n, IntUnaryOperator kind) {
        b.loadConstant(n).anewarray(CD_Object);
        boolean unboxed = false;
        for (int i = 0; i < n; i++) {
            if (kind.applyAsInt(i) != Kind.REF) {
                unboxed = true;
                continue;
            }
            b.dup().loadConstant(i);
            loadRef(from + i);
            b.aastore();
        }
        if (!unboxed) {
            b.aconst_null();
            return;
        }
        b.loadConstant(n).newarray(TypeKind.LONG);
        for (int i = 0; i < n; i++) {
            if (kind.applyAsInt(i) == Kind.REF) continue;
            b.dup().loadConstant(i);
            load(from + i);
            b.lastore();
        }
    }

    /** Where the JMP, JMPF or JMPT at pc jumps. */
    private Label jumpLabel(int pc) {
        return labels[(int) Code.jumpTarget(proto.code, pc)];
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
        if (!Op.isBranch(op)) throw new IllegalStateException("not translatable: " + Op.name(op));
        Label otherwise = labels[(int) Code.branchTarget(proto.code, pc)];
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

    /**
     * Spends units of the interpreter's fuel where it would ({@link Interpreter#fuel}: a call, the callee's code
     * length; a backward jump, its offset) and, when it runs out, has {@link Interpreter#refuel} check the limits:
     * a limit exceeded stops the script at pc of this frame, as it would the interpreter. (A call out pays in
     * the interpreter.) Nothing in the class for interpreters without limits to measure ({@link Jit.Classes}):
     * writing the fuel at every call made fib 44% slower, as each call waited for the previous one's write.
     */
    private void charge(int pc, int units) {
        if (!jit.metered) return;
        Label left = b.newLabel();
        b.aload(VM).dup().getfield(Jit.CD_INTERPRETER, "fuel", CD_long).loadConstant((long) units).lsub()
         .dup2_x1().putfield(Jit.CD_INTERPRETER, "fuel", CD_long)
         .lconst_0().lcmp().ifge(left);
        guarded(pc, () -> b.aload(VM).invokevirtual(Jit.CD_INTERPRETER, "refuel", MethodTypeDesc.of(CD_void)));
        b.labelBinding(left);
    }

    /**
     * A loop turns (a backward jump, a tail call of the function itself): charged as {@link #charge} says; code
     * without fuel still looks at every turn whether its thread was interrupted, and has the interpreter's
     * checkpoint stop the script there ({@link ScriptInterrupted}). The flag at every turn, not a count of turns
     * in a local between looks: C2 compiles a volatile read of the flag into a loop as cheaply as no check at all,
     * while the count, a second variable carried round the loop, made spectral_norm's inner loop half as slow
     * again (docs/BENCHMARKS.md, "Where Fusabi is still slower"). Not at calls, where even a count made fib 28%
     * slower: a script that must stop inside a deep recursion runs under a limit, with fuel.
     */
    private void turn(int pc, int units) {
        charge(pc, units);
        if (jit.metered) return;
        Label running = b.newLabel();
        b.invokestatic(CD_THREAD, "currentThread", MethodTypeDesc.of(CD_THREAD))
         .invokevirtual(CD_THREAD, "isInterrupted", MethodTypeDesc.of(CD_boolean)).ifeq(running);
        guarded(pc, () -> b.aload(VM).invokevirtual(Jit.CD_INTERPRETER, "refuel", MethodTypeDesc.of(CD_void)));
        b.labelBinding(running);
    }

    /**
     * Pushes vm and the counts {@link Interpreter#callOut} takes. A tail call replaces this frame, so what it calls
     * out to starts at this frame's depth, not one deeper.
     */
    private void callOutCounts(boolean tail) {
        b.aload(VM).iload(roomSlot);
        if (tail) b.iconst_1().iadd();
        b.iload(stackSlot);
    }

    /**
     * A call of callees[pc] with arguments from register a on (closure in ref register k, or -1 for a global
     * function), its result on the stack. A JVM call when the callee is translated here, it is the closure's
     * function and there is room; otherwise a call out.
     */
    private void call(int pc, int a, int k, boolean tail) {
        Proto callee = callees[pc];
        Integer index = jit.members.get(callee);
        Label slow = b.newLabel();
        Label done = b.newLabel();
        if (index != null) {
            if (k >= 0) {
                loadRef(k, Jit.CD_CLOSURE);
                b.getfield(Jit.CD_CLOSURE, "proto", CD_PROTO);
                constant(callee, CD_PROTO);
                b.if_acmpne(slow);
            }
            int bytes = Jit.frameBytes(callee);
            if (!tail) b.iload(roomSlot).iconst_1().if_icmple(slow);
            b.iload(stackSlot).loadConstant(bytes).if_icmple(slow);
            charge(pc, callee.code.length);
            b.aload(VM);
            if (k >= 0) loadRef(k, Jit.CD_CLOSURE); else b.aconst_null();
            for (int i = 0; i < callee.paramKinds.length; i++) load(callee.paramKinds[i], a + i);
            b.iload(roomSlot);
            if (!tail) b.iconst_1().isub();
            b.iload(stackSlot).loadConstant(bytes).isub();
            guarded(pc, () -> b.invokestatic(self, Jit.methodName(index, false), Jit.methodType(callee, false)));
            b.goto_(done);
        }
        b.labelBinding(slow);
        callOutCounts(tail);
        if (k >= 0) loadRef(k); else constant(callee, CD_PROTO);
        b.loadConstant(callee.paramKinds.length).anewarray(CD_Object);
        for (int i = 0; i < callee.paramKinds.length; i++) {
            b.dup().loadConstant(i);
            boxed(callee.paramKinds[i], a + i);
            b.aastore();
        }
        guarded(pc, () -> b.invokevirtual(Jit.CD_INTERPRETER, "callOut", CALL_OUT));
        convert(Kind.REF, callee.retKind);
        b.labelBinding(done);
    }

    /** A tail call: a jump when it calls this very function, else a call whose result is returned. */
    private void tailCall(int pc, int a, int k) {
        Proto callee = callees[pc];
        Label general = b.newLabel();
        if (callee == proto) {
            if (k >= 0) {
                loadRef(k, Jit.CD_CLOSURE);
                b.getfield(Jit.CD_CLOSURE, "proto", CD_PROTO);
                constant(callee, CD_PROTO);
                b.if_acmpne(general);
            }
            turn(pc, proto.code.length);
            int n = proto.paramKinds.length;
            for (int i = 0; i < n; i++) load(proto.paramKinds[i], a + i);
            if (k >= 0) {
                loadRef(k, Jit.CD_CLOSURE);
                b.astore(SELF_SLOT);
            }
            for (int i = n - 1; i >= 0; i--) store(proto.paramKinds[i], i);
            b.goto_(labels[0]);
        }
        b.labelBinding(general);
        call(pc, a, k, true);
        convert(callee.retKind, proto.retKind);
        returnValue();
    }

    /** CLOSURE: a closure of fn with the captures its descriptors name, from registers or this closure's own. */
    private void closure(int a, Proto fn) {
        b.new_(Jit.CD_CLOSURE).dup();
        constant(fn, CD_PROTO);
        b.invokespecial(Jit.CD_CLOSURE, "<init>", MethodTypeDesc.of(CD_void, CD_PROTO));
        int[] caps = fn.captures;
        for (int i = 0; i < caps.length; i++) {
            int desc = caps[i];
            boolean ref = Capture.kind(desc) == Kind.REF;
            boolean fromCapture = Capture.fromCapture(desc);
            int index = Capture.index(desc);
            b.dup().getfield(Jit.CD_CLOSURE, ref ? "rcaps" : "pcaps", ref ? CD_OBJECTS : CD_long.arrayType()).loadConstant(i);
            if (fromCapture) {
                b.aload(SELF_SLOT).getfield(Jit.CD_CLOSURE, ref ? "rcaps" : "pcaps", ref ? CD_OBJECTS : CD_long.arrayType()).loadConstant(index);
                if (ref) b.aaload(); else b.laload();
            } else if (ref) {
                loadRef(index);
            } else {
                load(index);
            }
            if (ref) b.aastore(); else b.lastore();
        }
        storeRef(a);
    }
}
