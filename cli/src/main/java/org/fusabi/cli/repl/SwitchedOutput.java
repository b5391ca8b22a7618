package org.fusabi.cli.repl;

import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on only while switched on: the REPL silences the re-run of earlier inputs this way. */
final class SwitchedOutput extends OutputStream {
    private final OutputStream target;
    private boolean on;

    SwitchedOutput(OutputStream target) {
        this.target = target;
    }

    void on(boolean on) {
        this.on = on;
    }

    @Override
    public void write(int b) throws IOException {
        if (on) target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (on) target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }
}
