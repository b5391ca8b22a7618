package org.fusabi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fusabi.loader.ImageFiles;

/**
 * Reads a whole file that is not mapped: a script, or an image in a pipe ({@code fus run <(curl …)}). Bounded, so
 * that an endless device ({@code fus run /dev/zero}) is refused rather than read until the heap is gone, and a file
 * that is neither an image nor text ({@code /dev/urandom}) is read no further than its first block.
 */
final class Input {
    private Input() {}

    /** More than any script (a 50 MB string literal compiles); an image of this size belongs in a file, to be mapped. */
    static final int MAX_BYTES = 256 << 20;
    private static final int BLOCK = 64 << 10;

    static byte[] readAll(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) throw tooLarge(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[BLOCK];
            int n = in.readNBytes(bytes, 0, BLOCK);
            if (n == BLOCK && !ImageFiles.isImage(bytes) && !startsAsText(bytes)) return bytes;
            while (n == bytes.length) {
                if (n == MAX_BYTES) {
                    if (in.read() >= 0) throw tooLarge(file);
                    break;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(2L * n, MAX_BYTES));
                n += in.readNBytes(bytes, n, bytes.length - n);
            }
            return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
        }
    }

    private static FileSystemException tooLarge(Path file) {
        return new FileSystemException(file.toString(), null, "too large: a script (or an image read from a pipe) may have at most "
                + (MAX_BYTES >> 20) + " MB");
    }

    /** Whether a block can be the start of UTF-8 text (its last character may be cut off). */
    private static boolean startsAsText(byte[] block) {
        return !StandardCharsets.UTF_8.newDecoder()
                .decode(ByteBuffer.wrap(block), CharBuffer.allocate(block.length), false).isError();
    }
}
