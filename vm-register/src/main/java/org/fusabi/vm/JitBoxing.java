package org.fusabi.vm;

import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.fusabi.vm.bytecode.Kind;

/**
 * Boxing and unboxing in translated code. Those of int, float, bool and char are written out where they happen
 * rather than called through {@link org.fusabi.vm.value.Numbers#box(int, long)}: C1, which compiles short runs
 * (bin/fus stops at it), inlines no method of that size, so every float field read or written paid a call and a
 * switch (half of nbody's samples under C1); the other numeric kinds call JitRuntime. Same values and, on a value of
 * the wrong class, the same ClassCastException as {@code Numbers.box} and {@code Numbers.unbox}.
 */
final class JitBoxing {
    private static final ClassDesc CD_LONG = ClassDesc.of("java.lang.Long");
    private static final ClassDesc CD_DOUBLE = ClassDesc.of("java.lang.Double");
    private static final ClassDesc CD_BOOLEAN = ClassDesc.of("java.lang.Boolean");
    private static final ClassDesc CD_CHARACTER = ClassDesc.of("java.lang.Character");
    private static final ClassDesc CD_RUNTIME = ClassDesc.of(JitRuntime.class.getName());

    private JitBoxing() {}

    /** The long on the stack (a primitive of kind) becomes its box. */
    static void box(CodeBuilder b, int kind) {
        switch (kind) {
            case Kind.INT -> b.invokestatic(CD_LONG, "valueOf", MethodTypeDesc.of(CD_LONG, CD_long));
            case Kind.FLOAT -> b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long))
                    .invokestatic(CD_DOUBLE, "valueOf", MethodTypeDesc.of(CD_DOUBLE, CD_double));
            // lcmp leaves 0 only for 0, as Numbers.box's bits != 0.
            case Kind.BOOL -> b.lconst_0().lcmp().invokestatic(CD_BOOLEAN, "valueOf", MethodTypeDesc.of(CD_BOOLEAN, CD_boolean));
            case Kind.CHAR -> b.l2i().i2c().invokestatic(CD_CHARACTER, "valueOf", MethodTypeDesc.of(CD_CHARACTER, CD_char));
            default -> b.loadConstant(kind).invokestatic(CD_RUNTIME, "box", MethodTypeDesc.of(CD_Object, CD_long, CD_int));
        }
    }

    /** The box on the stack becomes the long of a primitive of kind; null (a generic default value, see Numbers.unbox) zero. */
    static void unbox(CodeBuilder b, int kind) {
        Label box = b.newLabel();
        Label done = b.newLabel();
        b.dup().ifnonnull(box).pop().lconst_0().goto_(done).labelBinding(box);
        switch (kind) {
            case Kind.INT -> b.checkcast(CD_LONG).invokevirtual(CD_LONG, "longValue", MethodTypeDesc.of(CD_long));
            case Kind.FLOAT -> b.checkcast(CD_DOUBLE).invokevirtual(CD_DOUBLE, "doubleValue", MethodTypeDesc.of(CD_double))
                    .invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
            case Kind.BOOL -> b.checkcast(CD_BOOLEAN).invokevirtual(CD_BOOLEAN, "booleanValue", MethodTypeDesc.of(CD_boolean)).i2l();
            case Kind.CHAR -> b.checkcast(CD_CHARACTER).invokevirtual(CD_CHARACTER, "charValue", MethodTypeDesc.of(CD_char)).i2l();
            default -> b.loadConstant(kind).invokestatic(CD_RUNTIME, "unbox", MethodTypeDesc.of(CD_long, CD_Object, CD_int));
        }
        b.labelBinding(done);
    }
}
