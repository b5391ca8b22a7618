package org.fusabi.vm.bytecode;

/** The operand word of UNION and ISCASE: a union type's index in the image (high 16 bits) and a case's tag (low 16). */
public final class UnionCase {
    private UnionCase() {}

    public static int word(int type, int tag) {
        return type << 16 | tag;
    }

    public static int type(int word) {
        return word >>> 16;
    }

    public static int tag(int word) {
        return word & 0xFFFF;
    }
}
