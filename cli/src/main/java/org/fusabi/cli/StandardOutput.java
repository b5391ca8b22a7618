package org.fusabi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output. A write that fails ends the script: when nobody reads any more (the other end of a
 * pipe closed: {@code fus run yes.fsx | head -2}) as the same write ends {@code yes}, and when the disk is full. A
 * {@link java.io.PrintStream} would swallow the failure and let an endless script print into nothing forever.
 */
final class StandardOutput extends OutputStream {
    private final FileOutputStream fd = new FileOutputStream(FileDescriptor.out);

    /**
     * Standard output is gone. An {@link Error}, not an exception, so that nothing between the write and
     * {@link Main} catches it: neither a script's {@code try ... with} nor the interpreter, which reports the
     * exceptions of natives as internal errors.
     */
    static final class Gone extends Error {
        Gone(IOException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        /** The reader went away (EPIPE; the JVM ignores SIGPIPE, so this is how a process learns it). */
        boolean pipeClosed() {
            return "Broken pipe".equals(getMessage());
        }
    }

    @Override
    public void write(int b) {
        try {
            fd.write(b);
        } catch (IOException e) {
            throw new Gone(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            fd.write(b, off, len);
        } catch (IOException e) {
            throw new Gone(e);
        }
    }
}
