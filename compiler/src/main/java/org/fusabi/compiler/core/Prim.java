package org.fusabi.compiler.core;

/** Operations the code generator turns into instructions; the operand types pick the int, float or generic form. */
public enum Prim {
    ADD, SUB, MUL, DIV, MOD, NEG, POW,
    BAND, BOR, BXOR, SHL, SHR, BNOT,
    EQ, NE, LT, LE, GT, GE, COMPARE, NOT,
    CONCAT, CONS, ARRAY, AGET, ASET, ALEN,
    /** F#'s conversion functions (int, byte, float32, decimal …): to the Op's type from its argument's. */
    CONVERT,
    RAISE
}
