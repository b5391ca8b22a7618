package org.fusabi.loader;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * How an image file becomes the segment the VM reads in place. The default is the JDK's FFM mapping
 * ({@link ImageFiles#map}), which costs nothing at start-up; {@code chronicle} maps with Chronicle Bytes, for hosts
 * that already run Chronicle (module fusabi-mmap-chronicle, which must be on the class path). Either way the image
 * then goes through the same loader and verifier.
 */
public interface ImageMapper {
    /** Maps the whole file read-only; the mapping lives as long as the arena. */
    MemorySegment map(Path file, Arena arena) throws IOException;

    /**
     * The mapper of a name, {@code ffm} or {@code chronicle}. Chronicle's class is looked up by name only when asked
     * for, so neither this module nor the default path of {@code fus run} loads it.
     */
    static ImageMapper named(String name) {
        switch (name) {
            case "ffm":
                return ImageFiles::map;
            case "chronicle":
                try {
                    return (ImageMapper) Class.forName("org.fusabi.loader.chronicle.ChronicleMapper").getConstructor().newInstance();
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException("the chronicle mapper is not on the class path (fusabi-mmap-chronicle)");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            default:
                throw new IllegalArgumentException("unknown mapper '" + name + "' (ffm or chronicle)");
        }
    }
}
