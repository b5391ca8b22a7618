package org.fusabi.compiler.ast;

/** The literal {@code ()} in constant expressions and patterns. */
public enum Unit {
    VALUE;

    @Override
    public String toString() {
        return "()";
    }
}
