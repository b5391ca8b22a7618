package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The two kinds of checksum an image carries. The header checksum covers the tables (everything but the code and
 * auxiliary sections) and is checked at load; each function's checksum covers its code and auxiliary bytes and is checked
 * when the function is first entered, so loading does not read every byte of a large image.
 */
public final class ImageChecksums {
    private ImageChecksums() {}

    /**
     * The tables (the image's bytes up to the code section), from {@link ImageLayout#CHECKSUMMED_FROM}, then
     * everything after the auxiliary section (the exports). Heap buffers only: summing a file mapping directly, the
     * JDK's intrinsic would take the JVM down if the file shrank meanwhile.
     */
    static long header(ByteBuffer tables, ByteBuffer tail) {
        return Crc32c.of(tables.slice(CHECKSUMMED_FROM, tables.capacity() - CHECKSUMMED_FROM), tail.duplicate().clear());
    }

    /** A function's code words, then its auxiliary bytes (heap buffers, as above). */
    static long function(ByteBuffer code, ByteBuffer aux) {
        return Crc32c.of(code.duplicate().clear(), aux.duplicate().clear());
    }

    /**
     * Recomputes every checksum of an image in place: the writer's last step, and the fuzzer's way past the
     * checksums to the verifier. Records whose ranges fall outside the bytes are left alone, since the fuzzer
     * seals images that are deliberately broken.
     */
    public static void seal(byte[] image) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        long size = image.length;
        long protos = sectionOffset(b, SEC_PROTOS);
        long code = sectionOffset(b, SEC_CODE);
        long auxEnd = sectionOffset(b, SEC_AUX) + sectionLength(b, SEC_AUX);
        if (protos >= 0 && protos + 4 <= size) {
            long n = Bytes.u32(b, protos);
            for (long i = 0; i < n && protos + 8 + (i + 1) * PROTO_SIZE <= size; i++) {
                ProtoRecord p = new ProtoRecord(b, protos + 8 + i * PROTO_SIZE);
                long codeEnd = (p.codeStart() + p.codeLength()) * 4;
                if (codeEnd <= size && p.linesAt() <= p.auxEnd() && p.auxEnd() <= size) {
                    long sum = function(b.slice((int) (p.codeStart() * 4), (int) (p.codeLength() * 4)),
                            b.slice((int) p.linesAt(), (int) (p.auxEnd() - p.linesAt())));
                    b.putInt((int) (p.at() + P_CHECKSUM), (int) sum);
                }
            }
        }
        if (code >= CHECKSUMMED_FROM && code <= size && auxEnd >= 0 && auxEnd <= size) {
            b.putInt(OFF_CHECKSUM, (int) header(b.slice(0, (int) code), b.slice((int) auxEnd, (int) (size - auxEnd))));
        }
    }

    private static long sectionOffset(ByteBuffer b, int kind) {
        long entry = HEADER_SIZE + (kind - 1L) * SECTION_ENTRY;
        return entry + SECTION_ENTRY <= b.capacity() ? Bytes.u32(b, entry + 4) : -1;
    }

    private static long sectionLength(ByteBuffer b, int kind) {
        long entry = HEADER_SIZE + (kind - 1L) * SECTION_ENTRY;
        return entry + SECTION_ENTRY <= b.capacity() ? Bytes.u32(b, entry + 8) : 0;
    }
}
