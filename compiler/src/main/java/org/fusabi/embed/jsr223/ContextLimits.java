package org.fusabi.embed.jsr223;

import java.time.Duration;
import javax.script.ScriptContext;
import org.fusabi.vm.Limits;

/**
 * The {@link Limits} a host sets through {@code javax.script} alone: attributes of the script context, in any scope
 * (engine scope first, as {@link ScriptContext#getAttribute(String)} looks), with plain Java values, so that a host
 * needs no Fusabi class. Their names are not identifiers, so scripts never see them as bindings.
 */
final class ContextLimits {
    private ContextLimits() {}

    /** Approximate instructions per eval or call (a {@link Number}). */
    static final String INSTRUCTIONS = "fusabi.instructions";
    /** Nested script calls (a {@link Number}). */
    static final String CALL_DEPTH = "fusabi.callDepth";
    /** Wall-clock time per eval or call: a {@link Duration}, or a {@link Number} of milliseconds. */
    static final String TIMEOUT = "fusabi.timeout";
    /** Bytes allocated per eval or call (a {@link Number}). */
    static final String ALLOCATION = "fusabi.allocation";

    static Limits of(ScriptContext context) {
        Limits limits = Limits.NONE;
        Object v;
        if ((v = context.getAttribute(INSTRUCTIONS)) != null) limits = limits.withInstructions(number(INSTRUCTIONS, v));
        if ((v = context.getAttribute(CALL_DEPTH)) != null) limits = limits.withCallDepth(Math.toIntExact(number(CALL_DEPTH, v)));
        if ((v = context.getAttribute(TIMEOUT)) != null) {
            limits = limits.withTimeout(v instanceof Duration d ? d : Duration.ofMillis(number(TIMEOUT, v)));
        }
        if ((v = context.getAttribute(ALLOCATION)) != null) limits = limits.withAllocation(number(ALLOCATION, v));
        return limits;
    }

    private static long number(String name, Object v) {
        if (v instanceof Number n) return n.longValue();
        throw new IllegalArgumentException(name + " must be a number, not a " + v.getClass().getName());
    }
}
