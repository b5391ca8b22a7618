package org.fusabi.vm.image;

/**
 * A top-level binding of a script as a host sees it: its qualified name, its type as F# prints it, and the global
 * slot that holds its value once the top level has run ({@code kind} says whether that is a primitive or a
 * reference slot).
 */
public record Export(String name, String type, int slot, byte kind) {}
