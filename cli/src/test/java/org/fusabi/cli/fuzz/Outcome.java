package org.fusabi.cli.fuzz;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.Library;
import org.fusabi.vm.Limits;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.InvalidImageException;

/**
 * What one fuzz input does: loaded, every function verified, then run under limits, so that a mutated loop stops at
 * its instruction budget or deadline instead of running on. The answer is one word; an answer starting with
 * {@code unexpected} is a failure. Used in-process by {@link InProcessTarget} and in a child JVM by {@link FuzzWorker}.
 */
final class Outcome {
    /**
     * Small, so that a mutated endless loop costs milliseconds (a million inputs must fit in an hour on two cores),
     * yet enough for most example programs to run to their end.
     */
    static final Limits LIMITS = Limits.NONE.withInstructions(1_000_000).withCallDepth(200)
            .withTimeout(Duration.ofMillis(50)).withAllocation(32L << 20);

    private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

    private Outcome() {}

    /** {@code verified} runs once the whole image has passed the verifier, before the script starts. */
    static String of(byte[] bytes, Library library, Runnable verified) {
        try {
            Image image = Image.load(bytes, library);
            for (int i = 0; i < image.protoCount(); i++) image.proto(i);
            verified.run();
            new Interpreter(image, SINK, SINK).limits(LIMITS).run();
            return "ran";
        } catch (InvalidImageException e) {
            return e.getMessage().contains("\n") ? "unexpected: multi-line message " + e.getMessage() : "rejected";
        } catch (LimitExceeded e) {
            return "limit " + e.limit().name().toLowerCase();
        } catch (ScriptError e) {
            // A wrong register kind in verified code ends in a caught cast failure: safe, reported as internal.
            // FAIL raises whatever string its register holds, null included, so the message may be null.
            return String.valueOf(e.getMessage()).startsWith("internal error") ? "internal error" : "script error";
        } catch (OutOfMemoryError e) {
            return "out of memory";
        } catch (Throwable t) {
            return "unexpected: " + t;
        }
    }
}
