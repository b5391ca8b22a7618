package org.fusabi.vm.capability;

import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptExit;
import org.fusabi.vm.image.Capability;

/** The exit capability: F#'s {@code exit : int -> 'a}, which ends the script's run with a status ({@link ScriptExit}). */
record ExitModule() implements Grant {
    @Override
    public Capability capability() {
        return Capability.EXIT;
    }

    @Override
    public void grantTo(Library library) {
        library.grant(capability(), lib -> lib.define("exit", "int -> 'a", (vm, a) -> {
            throw new ScriptExit((int) (long) (Long) a[0]);
        }), "");
    }
}
