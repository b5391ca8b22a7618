package org.fusabi.vm;

/**
 * A run-time error of the script (match failure, division by zero, an uncaught exception...). The interpreter
 * fills in where it happened: the script line and the script-level call trace.
 */
public class ScriptError extends RuntimeException {
    /** The script exception value this error carries (Failure msg, a user exception), or null for VM errors. */
    private final Object exception;
    /** Fatal errors (stack overflow, exceeded limits, internal errors) cannot be caught by the script. */
    private final boolean fatal;
    private String location;
    private String trace;

    public ScriptError(String message) {
        this(message, null);
    }

    public ScriptError(String message, Object exception) {
        this(message, exception, false);
    }

    protected ScriptError(String message, Object exception, boolean fatal) {
        super(message, null, false, false);
        this.exception = exception;
        this.fatal = fatal;
    }

    public static ScriptError fatal(String message) {
        return new ScriptError(message, null, true);
    }

    public boolean isFatal() {
        return fatal;
    }

    /** The exn value a try ... with sees: the raised value, or an Exception carrying the message for VM errors. */
    public Object exception() {
        return exception != null ? exception : new org.fusabi.vm.value.UnionValue(
                org.fusabi.vm.value.UnionType.SYSTEM, 0, new Object[] {getMessage()});
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
