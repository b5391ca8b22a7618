package org.fusabi.cli.fuzz;

import java.io.IOException;

/** Where the fuzzer runs an input: answers with an {@link Outcome} word, or {@code FAILURE: ...}. */
interface Target extends AutoCloseable {
    String submit(byte[] image) throws IOException, InterruptedException;

    @Override
    void close();
}
