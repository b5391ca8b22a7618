package org.fusabi.vm.image;

/** Where an image finds the natives it names when it is loaded: the interpreter's library of natives. */
public interface NativeTable {
    /** The native of that name, or null if there is none. */
    NativeFunction lookup(String name);

    /** Whether the host granted a capability, which an image may need (it says so in its header). */
    boolean grants(Capability capability);
}
