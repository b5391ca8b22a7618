package org.fusabi.vm.capability;

import java.io.BufferedReader;
import java.io.IOException;

/** A script's {@code TextReader}: lines, characters or the rest of a text, null or -1 at its end as in .NET. */
public final class ScriptReader {
    private final BufferedReader in;

    ScriptReader(BufferedReader in) {
        this.in = in;
    }

    /** The next line without its terminator (\n, \r\n or \r), or null at the end. */
    synchronized String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    /** Everything up to the end; "" when nothing is left. */
    synchronized String readToEnd() {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) text.append(buffer, 0, n);
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
        return text.toString();
    }

    /** The next character's code, or -1 at the end. */
    synchronized long read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    /** The next character's code without reading it, or -1 at the end. */
    synchronized long peek() {
        try {
            in.mark(1);
            int c = in.read();
            in.reset();
            return c;
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    /** What %A and {@code string} show, as .NET's Console.In does. */
    @Override
    public String toString() {
        return "System.IO.SyncTextReader";
    }
}
