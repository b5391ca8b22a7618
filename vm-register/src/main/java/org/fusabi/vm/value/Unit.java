package org.fusabi.vm.value;

/** The value {@code ()} when it is boxed. */
public enum Unit {
    VALUE;

    @Override
    public String toString() {
        return "()";
    }
}
