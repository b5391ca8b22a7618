package org.fusabi.compiler.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.vm.bytecode.Op;

/**
 * The state of one function while its code is generated: instructions with their source positions, the
 * registers of its variables (a stack discipline: a scope frees what it allocated), and the variables it
 * captures from the enclosing function, resolved the way Lua resolves upvalues.
 */
final class FunctionBuilder {
    final FunctionBuilder parent;
    final Core.Lambda lambda;
    final int protoIndex;
    private final SourceLines sourceLines;
    final Map<Var, Integer> registers = new IdentityHashMap<>();
    final List<Var> captured = new ArrayList<>();
    final List<Integer> captureDescriptors = new ArrayList<>();
    private int[] code = new int[64];
    private int[] lines = new int[64];
    private int size;
    private int top;
    private int maxRegs = 1;
    private int position;
    /** Where the code being emitted comes from, for errors. */
    private Pos pos = Pos.NONE;

    FunctionBuilder(FunctionBuilder parent, Core.Lambda lambda, int protoIndex, SourceLines sourceLines) {
        this.parent = parent;
        this.lambda = lambda;
        this.protoIndex = protoIndex;
        this.sourceLines = sourceLines;
    }

    int alloc() {
        if (top > Op.MAX_REG) throw new CompileError(lambda.pos(), "function '" + lambda.name() + "' needs more than 256 registers");
        int r = top++;
        maxRegs = Math.max(maxRegs, top);
        return r;
    }

    int top() {
        return top;
    }

    /** True when r holds no variable, so a call may build its arguments from r on. */
    boolean isTemporary(int r) {
        return r == top - 1 && !registers.containsValue(r);
    }

    void free(int mark) {
        top = mark;
    }

    int maxRegs() {
        return maxRegs;
    }

    void at(Pos pos) {
        if (pos != null) {
            position = sourceLines.word(pos);
            this.pos = pos;
        }
    }

    /**
     * An index into one of the image's tables as a 16-bit instruction operand. A script that needs more entries than
     * an operand can address is refused at the first use of one too many, where a larger index would have been
     * written truncated (or the image refused by the loader).
     */
    int operand(int index, String entries) {
        if (index > Op.MAX_BX) throw new CompileError(pos, "more than " + (Op.MAX_BX + 1) + " " + entries + " in one script");
        return index;
    }

    int emit(int ins) {
        if (size == code.length) {
            code = java.util.Arrays.copyOf(code, size * 2);
            lines = java.util.Arrays.copyOf(lines, size * 2);
        }
        code[size] = ins;
        lines[size] = position;
        return size++;
    }

    int here() {
        return size;
    }

    /**
     * A pending branch of a compare-and-branch instruction: the index of its offset word, encoded negative so
     * {@link #patchHere} can tell it from a jump instruction's index.
     */
    int branchWord() {
        return -(emit(0) + 1);
    }

    /** Points the pending jump (an instruction index, or a {@link #branchWord} handle) at the current end of code. */
    void patchHere(int at) {
        if (at < 0) {
            int word = -(at + 1);
            code[word] = size - (word + 1);
            return;
        }
        int offset = size - (at + 1);
        int ins = code[at];
        int op = Op.op(ins);
        if (op == Op.JMP) {
            code[at] = Op.sj(Op.JMP, offset);
        } else {
            if (offset > Op.MAX_SBX) throw new CompileError(lambda.pos(), "function '" + lambda.name() + "' is too long for a conditional jump");
            code[at] = Op.asbx(op, Op.a(ins), offset);
        }
    }

    /** Sets an operand word already emitted (a jump table entry). */
    void setWord(int at, int value) {
        code[at] = value;
    }

    void jumpBack(int target) {
        emit(Op.sj(Op.JMP, target - (size + 1)));
    }

    int[] code() {
        return java.util.Arrays.copyOf(code, size);
    }

    int[] lines() {
        return java.util.Arrays.copyOf(lines, size);
    }
}
