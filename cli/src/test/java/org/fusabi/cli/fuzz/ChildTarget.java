package org.fusabi.cli.fuzz;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs inputs in a {@link FuzzWorker} child JVM, where a JVM crash is observed rather than suffered: a worker that
 * dies is a failure, as is one that stops answering (before verification: a hang in the loader or verifier; after:
 * a script its limits did not stop). Either costs a restart.
 */
final class ChildTarget implements Target {
    private final long timeoutMillis;
    private Process process;
    private DataOutputStream in;
    private BlockingQueue<String> answers;

    ChildTarget(long timeoutMillis) throws IOException {
        this.timeoutMillis = timeoutMillis;
        start();
    }

    private void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx256m", "-Xss8m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FuzzWorker.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        in = new DataOutputStream(process.getOutputStream());
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        answers = queue;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) queue.add(line);
            } catch (IOException e) {
                // the process was killed; the end-of-stream marker below tells the submitter
            }
            queue.add("<eof>");
        });
        reader.setDaemon(true);
        reader.start();
        // A JVM start is not part of any input's time budget.
        try {
            String first = queue.poll(60, TimeUnit.SECONDS);
            if (!"ready".equals(first)) throw new IOException("fuzz worker did not start: " + first);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    @Override
    public String submit(byte[] image) throws IOException, InterruptedException {
        return submit(image, -1);
    }

    /** Runs the image from a file that changes while it runs ({@link Outcome#ofChangingFile}), or not if change is negative. */
    String submit(byte[] image, long change) throws IOException, InterruptedException {
        try {
            in.writeInt(image.length);
            in.write(image);
            in.writeLong(change);
            in.flush();
        } catch (IOException e) {
            return restart("FAILURE: worker stopped reading (" + e.getMessage() + ")");
        }
        boolean verified = false;
        while (true) {
            String answer = answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            if (answer == null) return restart(verified ? "FAILURE: script not stopped by its limits" : "FAILURE: hang before verification");
            if (answer.equals("<eof>")) return restart("FAILURE: worker died (exit " + process.waitFor() + ")");
            if (answer.equals("verified")) verified = true;
            else if (answer.startsWith("unexpected")) return "FAILURE: " + answer;
            else return answer;
        }
    }

    private String restart(String outcome) throws IOException {
        close();
        start();
        return outcome;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
