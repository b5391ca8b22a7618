package org.fusabi.vm;

/**
 * A script stopped because it went past a limit its host set ({@link Limits}). It is fatal: a script's
 * {@code try ... with} cannot catch it. The interpreter stays usable.
 */
public final class LimitExceeded extends ScriptError {
    public enum Limit { INSTRUCTIONS, CALL_DEPTH, TIMEOUT, ALLOCATION }

    private final Limit limit;

    public LimitExceeded(Limit limit, String message) {
        super(message, null, true);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
