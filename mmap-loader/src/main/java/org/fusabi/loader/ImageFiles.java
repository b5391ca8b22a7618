package org.fusabi.loader;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
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
     * old file or the new one, never half of one; a process that has the old file mapped keeps its mapping. The new
     * file's mode follows the umask, as any file the user creates. A failure names the target, not the temporary
     * file. The temporary file's name holds the writer's process id: one left behind by a writer that was killed
     * is removed by the next write of the same target.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        Path tmp = dir.resolve(prefix + ProcessHandle.current().pid() + "." + TEMPORARIES.incrementAndGet() + TMP);
        try {
            removeAbandoned(dir, prefix);
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw naming(e, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final String TMP = ".tmp";
    /** Tells apart the temporary files of threads of one process writing the same target. */
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    /** Deletes the temporary files of the target whose writer is no longer running (killed before it could). */
    private static void removeAbandoned(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TMP);
        })) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                String middle = name.substring(prefix.length(), name.length() - TMP.length());
                int dot = middle.indexOf('.');
                if (dot <= 0) continue;
                try {
                    long pid = Long.parseLong(middle.substring(0, dot));
                    if (ProcessHandle.of(pid).isEmpty()) Files.deleteIfExists(p);
                } catch (NumberFormatException | IOException e) {
                    // not one of ours, or someone else's to clean up
                }
            }
        }
    }

    /** The same failure, about the target rather than the temporary file the JDK named. */
    private static FileSystemException naming(FileSystemException e, Path target) {
        String file = target.toString();
        return switch (e) {
            case NoSuchFileException n -> new NoSuchFileException(file);
            case AccessDeniedException a -> new AccessDeniedException(file);
            default -> new FileSystemException(file, null, e.getReason());
        };
    }
}
