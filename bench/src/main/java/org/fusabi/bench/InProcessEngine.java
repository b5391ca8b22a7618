package org.fusabi.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A runtime inside this JVM: the program is loaded once, outside timing, and then run again and again. */
abstract class InProcessEngine implements Engine {

    /** A program compiled or loaded, ready to run any number of times. */
    @FunctionalInterface
    protected interface Loaded {
        void run(PrintStream out) throws Exception;
    }

    protected abstract Loaded load(Program program) throws Exception;

    @Override
    public final String output(Program program) throws Exception {
        Capture capture = new Capture();
        load(program).run(capture.out);
        return capture.text();
    }

    @Override
    public final Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        Loaded loaded = load(program);
        Capture capture = new Capture();
        long[] nanos = new long[plan.total()];
        for (int i = 0; i < nanos.length; i++) {
            progress.step(name(), program.name(), plan.step(i));
            capture.reset();
            long start = System.nanoTime();
            loaded.run(capture.out);
            nanos[i] = System.nanoTime() - start;
            OutputCheck.require(program.expected(), capture.text(), program.name() + ".out (" + plan.step(i) + ")");
        }
        return Measurement.afterWarmup(plan, nanos);
    }

    /** Output goes to memory, not the terminal, so that timing measures the program and not the console. */
    private static final class Capture {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);

        void reset() {
            out.flush();
            bytes.reset();
        }

        String text() {
            out.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
