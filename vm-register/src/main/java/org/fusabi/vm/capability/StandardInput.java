package org.fusabi.vm.capability;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The standard input a console grant reads, decoded as UTF-8 and buffered once, so that {@code stdin},
 * {@code Console.In} and {@code Console.ReadLine} read one stream in turn, as in .NET. Opened when first read: a
 * script that never reads its input costs nothing.
 */
final class StandardInput {
    private final InputStream in;
    private ScriptReader reader;

    StandardInput(InputStream in) {
        this.in = in;
    }

    synchronized ScriptReader reader() {
        if (reader == null) reader = new ScriptReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        return reader;
    }
}
