package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The header and section table of an image, checked: the magic, the version, the length, and sections in kind
 * order, each at the first 8-byte aligned offset after the previous one, the last one ending the file. So the file
 * has no bytes the sections do not account for, the header checksum covers the table itself, and no table section
 * is longer than its largest possible contents, which bounds what loading reads.
 */
final class SectionTable {
    private final long[] at = new long[SECTION_KINDS + 1];
    private final long[] length = new long[SECTION_KINDS + 1];

    /** Reads the table from the first {@link ImageLayout#TABLE_END} bytes of an image of the given size. */
    SectionTable(ByteBuffer b, long size) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b.get(i) != MAGIC[i]) throw new InvalidImageException("not a Fusabi image (bad magic)");
        }
        int version = Bytes.u8(b, OFF_VERSION);
        if (version != VERSION) {
            throw new InvalidImageException("image format version " + version + " is not supported (this fus reads version " + VERSION + ")");
        }
        long declared = Bytes.u32(b, OFF_LENGTH);
        if (declared != size) throw new InvalidImageException("image length " + declared + " does not match file size " + size);
        if (Bytes.u16(b, OFF_SECTIONS) != SECTION_KINDS) throw new InvalidImageException("bad section table");
        long previousEnd = TABLE_END;
        for (int kind = 1; kind <= SECTION_KINDS; kind++) {
            long entry = HEADER_SIZE + (kind - 1L) * SECTION_ENTRY;
            long off = Bytes.u32(b, entry + 4);
            long len = Bytes.u32(b, entry + 8);
            if (Bytes.u32(b, entry) != kind || off != align8(previousEnd) || off + len > size || len > largest(kind)) {
                throw new InvalidImageException("bad section " + kind);
            }
            at[kind] = off;
            length[kind] = len;
            previousEnd = off + len;
        }
        if (previousEnd != size || length[SEC_CODE] % 4 != 0) throw new InvalidImageException("bad section table");
    }

    long at(int kind) {
        return at[kind];
    }

    long length(int kind) {
        return length[kind];
    }

    long end(int kind) {
        return at[kind] + length[kind];
    }

    boolean sameAs(SectionTable other) {
        return Arrays.equals(at, other.at) && Arrays.equals(length, other.length);
    }

    private static long largest(int kind) {
        return switch (kind) {
            case SEC_STRINGS -> 4 + 8L * MAX_STRINGS + MAX_STRING_BYTES;
            case SEC_CONSTS -> 8 + 8L * MAX_ENTRIES;
            case SEC_PROTOS -> 8 + (long) PROTO_SIZE * MAX_ENTRIES;
            case SEC_TYPES -> 4 + 8L * MAX_ENTRIES + 8L * MAX_MEMBERS;
            case SEC_NATIVES -> 4 + 4L * MAX_ENTRIES;
            case SEC_EXPORTS -> 4 + (long) EXPORT_SIZE * MAX_ENTRIES;
            case SEC_SOURCES -> 4 + (long) SOURCE_SIZE * MAX_ENTRIES;
            default -> Long.MAX_VALUE;
        };
    }

    private static long align8(long n) {
        return (n + 7) & ~7L;
    }
}
