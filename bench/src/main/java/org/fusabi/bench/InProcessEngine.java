package org.fusabi.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A runtime inside this JVM: the program is loaded once, outside timing, and then run again and again. */
abstract class InProcessEngine implements Engine {

    /** A program compiled or loaded, ready to run any number of times; only {@link #run} is timed. */
    protected interface Loaded extends AutoCloseable {
        /** Work before each run that is not the program's (LuaJIT needs a freshly loaded chunk each run). */
        default void prepare() throws Exception {
        }

        void run(PrintStream out) throws Exception;

        /** Hands over output that the runtime buffered itself during {@link #run}. */
        default void finish(PrintStream out) throws Exception {
        }

        @Override
        default void close() throws Exception {
        }
    }

    protected abstract Loaded load(Program program) throws Exception;

    @Override
    public final String output(Program program) throws Exception {
        Capture capture = new Capture();
        try (Loaded loaded = load(program)) {
            runOnce(loaded, capture.out);
        }
        return capture.text();
    }

    @Override
    public final Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        Capture capture = new Capture();
        long[] nanos = new long[plan.total()];
        try (Loaded loaded = load(program)) {
            for (int i = 0; i < nanos.length; i++) {
                progress.step(name(), program.name(), plan.step(i));
                capture.reset();
                nanos[i] = runOnce(loaded, capture.out);
                OutputCheck.require(program.expected(), capture.text(), program.name() + ".out (" + plan.step(i) + ")");
            }
        }
        return Measurement.afterWarmup(plan, nanos);
    }

    private static long runOnce(Loaded loaded, PrintStream out) throws Exception {
        loaded.prepare();
        long start = System.nanoTime();
        loaded.run(out);
        long elapsed = System.nanoTime() - start;
        loaded.finish(out);
        return elapsed;
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
