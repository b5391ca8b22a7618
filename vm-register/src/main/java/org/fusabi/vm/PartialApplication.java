package org.fusabi.vm;

/** A function value applied to fewer arguments than it takes; the arguments are boxed. */
final class PartialApplication {
    final Object fn;
    final Object[] args;

    PartialApplication(Object fn, Object[] args) {
        this.fn = fn;
        this.args = args;
    }

    @Override
    public String toString() {
        return "<fun:" + fn + ">";
    }
}
