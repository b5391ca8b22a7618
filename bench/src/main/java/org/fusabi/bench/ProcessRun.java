package org.fusabi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/** Runs a command to completion, feeding it standard input and handing over each stderr line as it arrives. */
final class ProcessRun {
    private ProcessRun() {
    }

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    static Outcome run(List<String> command, String stdin, Consumer<String> stderrLine) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        // stdout drains on its own thread so that neither pipe can fill up and stall the child.
        FutureTask<String> stdout = new FutureTask<>(
                () -> new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Thread.ofPlatform().daemon().start(stdout);
        try (Writer in = process.outputWriter(StandardCharsets.UTF_8)) {
            in.write(stdin);
        }
        StringBuilder stderr = new StringBuilder();
        try (BufferedReader err = process.errorReader(StandardCharsets.UTF_8)) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                stderr.append(line).append('\n');
                stderrLine.accept(line);
            }
        }
        int exitCode = process.waitFor();
        try {
            return new Outcome(exitCode, stdout.get(), stderr.toString());
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + command, e.getCause());
        }
    }
}
