package org.fusabi.cli.fuzz;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.vm.Library;

/**
 * The child process of {@link ChildTarget}: reads length-prefixed images, each followed by a change seed (negative
 * for none; see {@link Outcome#ofChangingFile}), from stdin and answers each with one line.
 * {@code verified} is sent once every function has passed the verifier, before the script runs, so that the parent
 * can tell a script that runs long from a hang in the loader or verifier. A separate process is what lets a JVM
 * crash be observed.
 */
public final class FuzzWorker {
    public static void main(String[] args) throws Exception {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        PrintStream answer = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Library library = FuzzLibrary.create();
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
            long change = in.readLong();
            Runnable verified = () -> {
                answer.println("verified");
                answer.flush();
            };
            answer.println(change < 0 ? Outcome.of(image, library, verified) : Outcome.ofChangingFile(image, change, library, verified));
            answer.flush();
        }
    }
}
