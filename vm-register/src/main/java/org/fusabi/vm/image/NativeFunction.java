package org.fusabi.vm.image;

/**
 * A function outside the image that its code calls by name (CALLN): the image needs only its name, and its arity,
 * against which the verifier checks each call. The interpreter's natives implement it.
 */
public interface NativeFunction {
    String name();

    int arity();
}
