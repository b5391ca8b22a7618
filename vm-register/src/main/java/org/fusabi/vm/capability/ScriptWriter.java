package org.fusabi.vm.capability;

import java.io.PrintStream;
import org.fusabi.vm.Interpreter;

/**
 * A script's {@code TextWriter} ({@code stdout}, {@code stderr}): the session's output or error stream. Writing to
 * the error stream first flushes the output, so the two appear in the order the script wrote them, as eprintf's do.
 */
public final class ScriptWriter {
    private final Interpreter vm;
    private final boolean error;

    ScriptWriter(Interpreter vm, boolean error) {
        this.vm = vm;
        this.error = error;
    }

    void write(String text) {
        PrintStream s = error ? vm.err() : vm.out();
        s.print(text);
    }

    void flush() {
        (error ? vm.err() : vm.out()).flush();
    }

    @Override
    public String toString() {
        return "System.IO.TextWriter";
    }
}
