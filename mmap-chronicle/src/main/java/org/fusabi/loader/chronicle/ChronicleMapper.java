package org.fusabi.loader.chronicle;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.bytes.MappedBytes;
import org.fusabi.loader.ImageMapper;

/**
 * Maps an image with Chronicle Bytes ({@code MappedBytes}, one read-only mapping of the whole file) and views that
 * memory as a segment bounded to the file's size, released when the arena closes; the VM then reads it like an FFM
 * mapping, through the same bounds checks. Chronicle needs
 * {@code --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED},
 * {@code --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED} (else its buffer cleaner warns) and, on JDK 25,
 * {@code --sun-misc-unsafe-memory-access=allow}; making the segment needs native access.
 */
public final class ChronicleMapper implements ImageMapper {
    @Override
    public MemorySegment map(Path file, Arena arena) throws IOException {
        long size = Files.size(file);
        // Chronicle cannot map zero bytes; an empty image is refused by the loader all the same.
        if (size == 0) return MemorySegment.ofArray(new byte[0]);
        MappedBytes bytes = MappedBytes.singleMappedBytes(file.toFile(), size, true);
        try {
            return MemorySegment.ofAddress(bytes.addressForRead(0)).reinterpret(size, arena, s -> bytes.releaseLast());
        } catch (RuntimeException e) {
            bytes.releaseLast();
            throw e;
        }
    }
}
