package org.fusabi.vm;

import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;

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
    /** The trace so far, built a frame at a time as the error leaves them (translated and interpreted alike). */
    private StringBuilder trace;
    private String previous;
    private int repeats;
    private int shown;
    private boolean complete;
    /** Frames to leave out of the trace: a frame a tail call replaced. */
    private int skip;
    /**
     * The lowest interpreter frame whose frames the trace has (the first frame of a call out from translated
     * code, or 0), or -1: an error caught and raised again within them must not add them twice.
     */
    private int floor = -1;

    public ScriptError(String message) {
        this(message, null);
    }

    public ScriptError(String message, Object exception) {
        this(message, exception, false);
    }

    /** An error whose Java cause (a host method's exception) the host may want to see. */
    public ScriptError(String message, Object exception, Throwable cause) {
        super(message, cause, false, false);
        this.exception = exception;
        this.fatal = false;
    }

    protected ScriptError(String message, Object exception, boolean fatal) {
        super(message, null, false, false);
        this.exception = exception;
        this.fatal = fatal;
    }

    public static ScriptError fatal(String message) {
        return new ScriptError(message, null, true);
    }

    /**
     * The script's fatal error for the Java stack or heap running out under it, in either tier: the Java error
     * never reaches a host or a user. What failed was one large allocation (or the last of many), and unwinding
     * frees the script's frames.
     */
    static ScriptError of(VirtualMachineError e) {
        return e instanceof StackOverflowError
                ? fatal("stack overflow: the Java stack is exhausted")
                : fatal("out of memory (" + e.getMessage() + ")");
    }

    public boolean isFatal() {
        return fatal;
    }

    /** The exn value a try ... with sees: the raised value, or a System.Exception with the message. */
    public Object exception() {
        return exception != null ? exception : new NetException(NetExceptionType.EXCEPTION, getMessage());
    }

    /** What an uncaught {@code raise v} reports: a .NET exception's or a Failure's Message, else the value. */
    static String messageOf(Object v) {
        return switch (v) {
            case NetException e -> e.message;
            case UnionValue u when u.type == UnionType.FAILURE -> (String) u.fields[0];
            default -> "exception " + Show.any(v);
        };
    }

    boolean located() {
        return location != null;
    }

    /**
     * The error leaves a frame of function, which was at where: the first frame says where the error happened.
     * Runs of one frame (recursion) show once with a count; after the first {@value #SHOWN} the rest are counted.
     */
    void addFrame(String function, String where) {
        if (complete) return;
        if (location == null) location = where;
        if (skip > 0) {
            skip--;
            return;
        }
        String line = "  at " + function + " (" + where + ")";
        if (trace == null) trace = new StringBuilder();
        if (line.equals(previous)) {
            repeats++;
            return;
        }
        flushRepeats();
        previous = line;
        if (shown++ < SHOWN) trace.append(line).append('\n');
    }

    private static final int SHOWN = 50;

    private void flushRepeats() {
        if (repeats > 0) trace.append("  ... repeated ").append(repeats).append(" more times\n");
        repeats = 0;
    }

    /** The next frame the error leaves is not shown: a tail call replaced it. */
    void skipFrame() {
        if (!complete) skip++;
    }

    /** The outermost frame is in the trace. */
    void completeTrace() {
        if (complete) return;
        complete = true;
        if (trace == null) return;
        flushRepeats();
        if (shown > SHOWN) trace.append("  ... ").append(shown - SHOWN).append(" more frames\n");
    }

    boolean traceComplete() {
        return complete;
    }

    /** Whether the trace has the interpreter's frames from the top down to floor (see {@link #floor}). */
    boolean hasFramesDownTo(int floor) {
        return this.floor == floor;
    }

    /** The interpreter added its frames down to floor; at 0, the outermost frame is in. */
    void framesDownTo(int floor) {
        this.floor = floor;
        if (floor == 0) completeTrace();
    }

    /** {@code file:line:col}, where the error happened. */
    public String location() {
        return location;
    }

    /** One line per active script function, innermost first: {@code   at f (file:4:5)}. */
    public String trace() {
        return trace == null ? null : trace.toString().stripTrailing();
    }

    /** The report a user sees: location, message and trace. */
    public String render() {
        return (location == null ? "" : location + ": ") + "error: " + getMessage() + (trace == null ? "" : "\n" + trace());
    }
}
