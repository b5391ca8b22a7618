package org.fusabi.vm.image;

import static org.fusabi.vm.bytecode.Op.*;
import static org.fusabi.vm.image.ImageLayout.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an image declares is bounded before the loader reads or allocates for it. Regressions: a 2 GB sparse file
 * (8 KB on disk) whose type table held zero entries took 56 s and 8 GB before an OutOfMemoryError; a native's name
 * of 100 MB took 14 s and printed a 629 MB error line.
 */
class BoundedImageTest {
    @TempDir
    Path dir;

    private static byte[] image(List<String> strings, List<String> natives) {
        int[] code = {abc(LOADU, 0, 0, 0), abc(RET, 0, 0, 0)};
        int[] lines = new int[code.length];
        Arrays.fill(lines, SourcePos.of(1, 1));
        ProtoSpec main = new ProtoSpec("main", 1, new byte[0], Kind.REF, new int[0], code, lines);
        return new ImageWriter(strings, new long[0], List.of(main), List.of(), natives, 0, 0).write();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InvalidImageException.class, () -> Image.load(bytes, StandardLibrary.create())).getMessage();
    }

    @Test
    void aSparseFileCannotDeclareAHugeTable() throws Exception {
        assertEquals("bad section " + SEC_TYPES, sparse(MAX_IMAGE));
        assertEquals("image larger than 2 GB (" + (MAX_IMAGE + 1L) + " bytes)", sparse(MAX_IMAGE + 1L));
    }

    /** The refusal of a sparse file of a size whose type section fills all but its first bytes. */
    private String sparse(long size) throws Exception {
        byte[] small = image(List.of("t.fsx", "main"), List.of());
        ByteBuffer b = ByteBuffer.wrap(small).order(ByteOrder.LITTLE_ENDIAN);
        long types = HEADER_SIZE + (SEC_TYPES - 1L) * SECTION_ENTRY;
        b.putInt(OFF_LENGTH, (int) size);
        b.putInt((int) types + 8, (int) (size - b.getInt((int) types + 4)));
        Path file = dir.resolve("sparse.fzb");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(small);
            f.setLength(size);
        }
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file)) {
            var segment = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            return assertThrows(InvalidImageException.class, () -> Image.load(segment, StandardLibrary.create())).getMessage();
        }
    }

    @Test
    void aCountIsBoundedBeforeItsEntriesAreRead() {
        byte[] bytes = image(List.of("t.fsx", "main"), List.of());
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(b.getInt(HEADER_SIZE + (SEC_STRINGS - 1) * SECTION_ENTRY + 4), -1);
        ImageChecksums.seal(bytes);
        assertEquals("section 1: more than " + MAX_STRINGS + " entries (4294967295)", refusal(bytes));
    }

    @Test
    void aNameIsShortAndItsErrorsQuoteLittle() {
        String huge = "\0".repeat(MAX_NAME + 1);
        assertEquals("string 2 is too long for a name (" + (MAX_NAME + 1) + " bytes)",
                refusal(image(List.of("t.fsx", "main", huge), List.of(huge))));
        String unknown = "Nope.".repeat(1000);
        String message = refusal(image(List.of("t.fsx", "main", unknown), List.of(unknown)));
        assertTrue(message.startsWith("unknown native function 'Nope.Nope.Nope.") && message.length() < 200, message);
    }
}
