package org.fusabi.cli.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Callable;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.Library;
import org.fusabi.vm.Limits;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.ImageChangedException;
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
        return classified(() -> run(Image.load(bytes, library), 0, () -> { }, verified));
    }

    /**
     * The same with the image in a file that another process changes while it runs: mapped and loaded, some of its
     * functions verified, then the file truncated or overwritten in place, then the other functions verified and
     * the script run. Only in a child JVM: a read of the mapping that the JVM could not turn into an exception would
     * crash it.
     */
    static String ofChangingFile(byte[] bytes, long seed, Library library, Runnable verified) throws IOException {
        Random random = new Random(seed);
        Path file = Files.createTempFile("fuzz", ".fzb");
        try (Arena arena = Arena.ofConfined()) {
            Files.write(file, bytes);
            return classified(() -> {
                Image image = Image.load(ImageFiles.map(file, arena), library);
                return run(image, random.nextInt(image.protoCount() + 1), () -> change(file, bytes.length, random), verified);
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Verifies every function, changing the file after the first {@code changeAfter}, then runs the script. */
    private static String run(Image image, int changeAfter, Runnable change, Runnable verified) {
        for (int i = 0; i < image.protoCount(); i++) {
            if (i == changeAfter) change.run();
            image.proto(i);
        }
        verified.run();
        new Interpreter(image, SINK, SINK).limits(LIMITS).run();
        return "ran";
    }

    /** Truncates the file, or writes random bytes over a random part of it. */
    private static void change(Path file, int size, Random random) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (random.nextBoolean()) {
                ch.truncate(random.nextInt(size));
            } else {
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                ch.write(ByteBuffer.wrap(noise), random.nextInt(size));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String classified(Callable<String> input) {
        try {
            return input.call();
        } catch (ImageChangedException e) {
            return "changed";
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
