package org.fusabi.vm.image;

/** A function as the compiler hands it to {@link ImageWriter}: its code, line table and frame description. */
public record ProtoSpec(String name, int nregs, byte[] paramKinds, byte retKind, int[] captures, int[] code, int[] lines) {}
