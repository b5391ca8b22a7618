package org.fusabi.compiler.core;

/** Operations the code generator turns into instructions; the operand types pick the int, float or generic form. */
public enum Prim {
    ADD, SUB, MUL, DIV, MOD, NEG, POW,
    BAND, BOR, BXOR, SHL, SHR, BNOT,
    EQ, NE, LT, LE, GT, GE, COMPARE, NOT,
    CONCAT, CONS, ARRAY, AGET, ASET, ALEN,
    TO_INT, TO_FLOAT, TO_CHAR,
    RAISE
}
