package org.fusabi.vm;

/**
 * A run-time error of the script (match failure, division by zero, an uncaught exception...). The interpreter
 * fills in where it happened: the script line and the script-level call trace.
 */
public final class ScriptError extends RuntimeException {
    /** The script exception value this error carries (Failure msg, a user exception), or null for VM errors. */
    private final Object exception;
    private String location;
    private String trace;

    public ScriptError(String message) {
        this(message, null);
    }

    public ScriptError(String message, Object exception) {
        super(message, null, false, false);
        this.exception = exception;
    }

    public Object exception() {
        return exception;
    }

    boolean located() {
        return location != null;
    }

    void locate(String location, String trace) {
        this.location = location;
        this.trace = trace;
    }

    /** {@code file:line:col}, where the error happened. */
    public String location() {
        return location;
    }

    /** One line per active script function, innermost first: {@code   at f (file:4:5)}. */
    public String trace() {
        return trace;
    }

    /** The report a user sees: location, message and trace. */
    public String render() {
        return (location == null ? "" : location + ": ") + "error: " + getMessage() + (trace == null ? "" : "\n" + trace);
    }
}
