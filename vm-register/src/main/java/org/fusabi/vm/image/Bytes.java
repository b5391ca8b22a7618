package org.fusabi.vm.image;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian reads from an image, through a {@link ByteBuffer} view of its segment rather than
 * {@code MemorySegment.get(ValueLayout...)}: the first use of {@code ValueLayout} spins a dozen method-handle classes
 * that the AOT cache does not hold, about 8 ms of every {@code fus run} (docs/BENCHMARKS.md, Start-up). Reads are
 * absolute only, because one view is shared by every thread running the image; an index past the end throws
 * {@link IndexOutOfBoundsException}, as the segment would.
 */
final class Bytes {
    private Bytes() {}

    /** The view of a whole image; a buffer's index is an int, so an image is at most 2 GB. */
    static ByteBuffer view(MemorySegment s) {
        if (s.byteSize() > ImageLayout.MAX_IMAGE) throw new InvalidImageException("image larger than 2 GB (" + s.byteSize() + " bytes)");
        return s.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    static int u8(ByteBuffer b, long at) {
        return b.get(index(at)) & 0xFF;
    }

    static int u16(ByteBuffer b, long at) {
        return b.getShort(index(at)) & 0xFFFF;
    }

    static long u32(ByteBuffer b, long at) {
        return b.getInt(index(at)) & 0xFFFFFFFFL;
    }

    static int i32(ByteBuffer b, long at) {
        return b.getInt(index(at));
    }

    static long i64(ByteBuffer b, long at) {
        return b.getLong(index(at));
    }

    /** A little-endian buffer over a heap copy of length bytes from at: what is read from it can no longer change. */
    static ByteBuffer copy(ByteBuffer b, long at, long length) {
        return ByteBuffer.wrap(bytes(b, at, length)).order(ByteOrder.LITTLE_ENDIAN);
    }

    static byte[] bytes(ByteBuffer b, long at, long length) {
        byte[] out = new byte[length(length)];
        b.get(index(at), out);
        return out;
    }

    /** Beyond the int range is beyond any view, so it maps to an index every buffer refuses. */
    private static int index(long at) {
        return at > Integer.MAX_VALUE ? -1 : (int) at;
    }

    private static int length(long n) {
        if (n < 0 || n > Integer.MAX_VALUE) throw new IndexOutOfBoundsException("length " + n);
        return (int) n;
    }
}
