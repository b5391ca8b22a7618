package org.fusabi.loader;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.fusabi.vm.image.ImageLayout;

/** .fzb files on disk: telling them from source by their magic, mapping them read-only, writing them atomically. */
public final class ImageFiles {
    private ImageFiles() {}

    /** True when the file starts with the image magic {@code FZB\x01}; the name plays no part. */
    public static boolean isImage(Path file) throws IOException {
        // A channel rather than Files.newInputStream: the stream classes are a few hundred microseconds of start-up.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(ImageLayout.MAGIC.length);
            int n;
            do n = ch.read(head); while (n > 0 && head.hasRemaining());
            return !head.hasRemaining() && isImage(head.array());
        }
    }

    /** True when the bytes start with the image magic. */
    public static boolean isImage(byte[] content) {
        return content.length >= ImageLayout.MAGIC.length
                && Arrays.equals(content, 0, ImageLayout.MAGIC.length, ImageLayout.MAGIC, 0, ImageLayout.MAGIC.length);
    }

    /** Maps the whole file read-only; the mapping lives as long as the arena. */
    public static MemorySegment map(Path file, Arena arena) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        }
    }

    /**
     * Writes through a temporary file in the same directory and renames it over the target, so a reader sees the
     * old file or the new one, never half of one; a process that has the old file mapped keeps its mapping.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
