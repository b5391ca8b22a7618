package org.fusabi.vm;

/**
 * The script called {@code exit n}, which its host granted (the exit capability): its run ends there with the
 * status n. Like a limit, it cannot be caught by the script's {@code try ... with}; {@code fus run} flushes the
 * output and exits with the status, an embedding host receives this from {@code run()} or {@code call}.
 */
public final class ScriptExit extends ScriptError {
    private final int status;

    public ScriptExit(int status) {
        super("the script exited with status " + status, null, true);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
