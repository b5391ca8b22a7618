package org.fusabi.vm.bytecode;

import static org.fusabi.vm.bytecode.Op.*;

/**
 * Walking a function's code (instructions with their operand words): where the next instruction starts and where
 * a jump goes. Targets are code indexes computed as longs, so that a damaged offset in an unverified image reads as
 * out of range rather than wrapping round to a valid index; in verified code every target is an instruction start.
 */
public final class Code {
    private Code() {}

    /** The index of the instruction after the one at pc, past its operand words. */
    public static int next(int[] code, int pc) {
        return pc + 1 + Op.extraWords(code[pc]);
    }

    /** Where a JMP, JMPF or JMPT at pc jumps, or where a TRY at pc puts its handler. */
    public static long jumpTarget(int[] code, int pc) {
        int ins = code[pc];
        return pc + 1L + (op(ins) == JMP ? sj(ins) : sbx(ins));
    }

    /** Where a compare-and-branch ({@link Op#isBranch}) at pc goes when its test fails. */
    public static long branchTarget(int[] code, int pc) {
        return pc + 2L + code[pc + 1];
    }

    /** Where a TSWITCH at pc goes for a tag below its C; any other tag goes to {@link #next}. */
    public static long switchTarget(int[] code, int pc, int tag) {
        return next(code, pc) + (long) code[pc + 1 + tag];
    }
}
