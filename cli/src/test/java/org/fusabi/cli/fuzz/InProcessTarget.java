package org.fusabi.cli.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fusabi.vm.Library;

/**
 * Runs inputs in the fuzzer's own JVM, on a thread of its own (with the 8 MB stack a child JVM would get), which is
 * thousands of times cheaper than a child process per hang. Safe because loading and running an image reads memory
 * only through bounds-checked {@code MemorySegment}s and arrays: nothing it does can take the JVM down. Outcome's
 * limits stop looping scripts; the watchdog timeout is only for what they cannot stop, and such an input is a
 * failure: its thread cannot be killed, so it is abandoned to a fresh one.
 */
final class InProcessTarget implements Target {
    private static final long STACK_BYTES = 8L << 20;

    private final Library library = FuzzLibrary.create();
    private final long timeoutMillis;
    private ExecutorService thread = newThread();

    InProcessTarget(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-in-process", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String submit(byte[] image) throws InterruptedException {
        AtomicBoolean verified = new AtomicBoolean();
        Future<String> answer = thread.submit(() -> Outcome.of(image, library, () -> verified.set(true)));
        try {
            String outcome = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return outcome.startsWith("unexpected") ? "FAILURE: " + outcome : outcome;
        } catch (TimeoutException e) {
            thread.shutdownNow();
            thread = newThread();
            return verified.get() ? "FAILURE: script not stopped by its limits" : "FAILURE: hang before verification";
        } catch (ExecutionException e) {
            return "FAILURE: " + e.getCause();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
