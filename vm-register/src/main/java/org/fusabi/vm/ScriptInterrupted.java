package org.fusabi.vm;

/**
 * The thread running a script was interrupted ({@link Thread#interrupt}): the script stops at its next checkpoint
 * (a call or a loop turn; see {@link Limits}), with its line and trace, and the interrupt is consumed, as a method
 * that throws {@link InterruptedException} consumes it. Fatal, so a script's {@code try ... with} cannot catch it;
 * the session stays usable.
 */
public final class ScriptInterrupted extends ScriptError {
    public ScriptInterrupted() {
        super("interrupted", null, true);
    }
}
