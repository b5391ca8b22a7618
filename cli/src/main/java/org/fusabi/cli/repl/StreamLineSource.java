package org.fusabi.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Lines from a plain stream (a pipe, a test); prompts go to the output so a transcript reads like a session. */
public final class StreamLineSource implements LineSource {
    private final BufferedReader in;
    private final PrintStream out;

    public StreamLineSource(InputStream in, PrintStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line != null) out.println(line);
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
