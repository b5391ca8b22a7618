package org.fusabi.cli.fuzz;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.InvalidImageException;

/**
 * The child process of {@link ImageFuzzer}: reads length-prefixed images from stdin and answers each with one line.
 * {@code verified} is sent once every function has passed the verifier, before the script runs, so that the parent
 * can tell a script that legitimately runs long (a mutated loop bound) from a hang in the loader or verifier.
 * A separate process is what lets a JVM crash be observed and a runaway script be killed.
 */
public final class FuzzWorker {
    public static void main(String[] args) throws Exception {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        PrintStream answer = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Library library = Library.standard();
        answer.println("ready");
        answer.flush();
        while (true) {
            byte[] image;
            try {
                image = new byte[in.readInt()];
            } catch (EOFException e) {
                return;
            }
            in.readFully(image);
            answer.println(outcome(image, library, sink, answer));
            answer.flush();
        }
    }

    private static String outcome(byte[] bytes, Library library, PrintStream sink, PrintStream answer) {
        try {
            Image image = Image.load(bytes, library);
            for (int i = 0; i < image.protoCount(); i++) image.proto(i);
            answer.println("verified");
            answer.flush();
            new Interpreter(image, sink, sink).maxDepth(200).run();
            return "ran";
        } catch (InvalidImageException e) {
            return e.getMessage().contains("\n") ? "unexpected: multi-line message " + e.getMessage() : "rejected";
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
