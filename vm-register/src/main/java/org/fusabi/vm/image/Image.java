package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.fusabi.vm.Kind;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.Proto;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * A loaded image: a read-only view of the image bytes (a heap array from the compiler or a file mapping) and
 * the little that is decoded up front. Code stays in the segment and is read in place by the interpreter;
 * strings are decoded on first use. An image is immutable after loading apart from that string cache, so one image
 * may be run by many interpreters on many threads at once (a mapped file must then be mapped in a shared arena).
 */
public final class Image {
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle STRING_SLOT = MethodHandles.arrayElementVarHandle(String[].class);

    public final MemorySegment segment;
    private final Proto[] protos;
    private final int stringsAt;
    private final String[] strings;
    private final int constsAt;
    private final int constCount;
    private final Object[] types;
    private final Native[] natives;
    private final int main;
    private final int globals;
    private final List<Export> exports;

    private Image(MemorySegment segment, Library library) {
        this.segment = segment;
        long size = segment.byteSize();
        if (size < HEADER_SIZE) throw new InvalidImageException("truncated header (" + size + " bytes)");
        for (int i = 0; i < 4; i++) {
            if (segment.get(ValueLayout.JAVA_BYTE, i) != MAGIC[i]) throw new InvalidImageException("not a Fusabi image (bad magic)");
        }
        int version = u8(OFF_VERSION);
        if (version != VERSION) {
            throw new InvalidImageException("image format version " + version + " is not supported (this fus reads version " + VERSION + ")");
        }
        long length = u32(OFF_LENGTH);
        if (length != size) throw new InvalidImageException("image length " + length + " does not match file size " + size);
        int sections = u16(OFF_SECTIONS);
        if (sections != SECTION_KINDS || HEADER_SIZE + (long) sections * SECTION_ENTRY > size) {
            throw new InvalidImageException("bad section table");
        }
        long checksum = u32(OFF_CHECKSUM);
        if (checksum != checksum(segment)) throw new InvalidImageException("checksum mismatch (damaged file)");
        int[] offsets = new int[SECTION_KINDS + 1];
        int[] lengths = new int[SECTION_KINDS + 1];
        for (int i = 0; i < sections; i++) {
            int at = HEADER_SIZE + i * SECTION_ENTRY;
            int kind = (int) u32(at);
            long off = u32(at + 4);
            long len = u32(at + 8);
            if (kind != i + 1 || off % 8 != 0 || off + len > size) throw new InvalidImageException("bad section " + (i + 1));
            offsets[kind] = (int) off;
            lengths[kind] = (int) len;
        }
        stringsAt = offsets[SEC_STRINGS];
        strings = new String[count(stringsAt, lengths[SEC_STRINGS], 8)];
        constsAt = offsets[SEC_CONSTS] + 8;
        constCount = count(offsets[SEC_CONSTS], lengths[SEC_CONSTS] - 4, 8);
        main = (int) u32(OFF_MAIN);
        globals = (int) u32(OFF_GLOBALS);
        types = readTypes(offsets[SEC_TYPES], lengths[SEC_TYPES]);
        natives = readNatives(offsets[SEC_NATIVES], lengths[SEC_NATIVES], library);
        protos = readProtos(offsets[SEC_PROTOS], lengths[SEC_PROTOS] - 4);
        exports = readExports(offsets[SEC_EXPORTS], lengths[SEC_EXPORTS]);
        if (main >= protos.length) throw new InvalidImageException("main function index out of range");
    }

    /** Checks the header and decodes the function table; natives are resolved against the library. */
    public static Image load(MemorySegment segment, Library library) {
        try {
            return new Image(segment, library);
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidImageException("offset out of bounds");
        }
    }

    public static Image load(byte[] bytes, Library library) {
        return load(MemorySegment.ofArray(bytes), library);
    }

    static long checksum(MemorySegment segment) {
        CRC32C crc = new CRC32C();
        crc.update(segment.asSlice(CHECKSUMMED_FROM).asByteBuffer());
        return crc.getValue();
    }

    private int count(int sectionAt, int sectionLength, int entrySize) {
        long n = u32(sectionAt);
        if (n * entrySize > sectionLength) throw new InvalidImageException("section count out of range");
        return (int) n;
    }

    private Object[] readTypes(int at, int length) {
        int n = count(at, length, 8);
        List<Object> out = new ArrayList<>(List.of(UnionType.OPTION, UnionType.RESULT, UnionType.FAILURE, RecordType.REF));
        int p = at + 4;
        for (int i = 0; i < n; i++) {
            String name = string((int) u32(p));
            int kind = u8(p + 4);
            int members = u16(p + 6);
            p += 8;
            List<String> names = new ArrayList<>();
            List<Integer> arities = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                names.add(string((int) u32(p)));
                arities.add((int) u32(p + 4));
                p += 8;
            }
            if (p > at + length) throw new InvalidImageException("type table overruns its section");
            out.add(kind == TYPE_UNION ? new UnionType(name, List.copyOf(names), List.copyOf(arities))
                                       : new RecordType(name, List.copyOf(names)));
        }
        return out.toArray();
    }

    private Native[] readNatives(int at, int length, Library library) {
        int n = count(at, length, 4);
        Native[] out = new Native[n];
        for (int i = 0; i < n; i++) {
            String name = string((int) u32(at + 4 + i * 4));
            out[i] = library.lookup(name);
            if (out[i] == null) throw new InvalidImageException("unknown native function '" + name + "'");
        }
        return out;
    }

    private List<Export> readExports(int at, int length) {
        int n = count(at, length - 4, EXPORT_SIZE);
        List<Export> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = at + 4 + i * EXPORT_SIZE;
            int slot = (int) u32(p + E_SLOT);
            if (slot < 0 || slot >= globals) throw new InvalidImageException("export " + i + ": global slot out of range");
            out.add(new Export(string((int) u32(p + E_NAME)), string((int) u32(p + E_TYPE)), slot, kind(u8(p + E_KIND))));
        }
        return List.copyOf(out);
    }

    private Proto[] readProtos(int at, int length) {
        int n = count(at, length, PROTO_SIZE);
        Proto[] out = new Proto[n];
        for (int i = 0; i < n; i++) {
            int p = at + 8 + i * PROTO_SIZE;
            int nparams = u16(p + P_NPARAMS);
            int ncaps = u16(p + P_NCAPS);
            int kindsAt = (int) u32(p + P_KINDS);
            byte[] kinds = new byte[nparams];
            for (int k = 0; k < nparams; k++) kinds[k] = kind(u8(kindsAt + k));
            int capsAt = kindsAt + ((nparams + 3) & ~3);
            int[] caps = new int[ncaps];
            for (int c = 0; c < ncaps; c++) caps[c] = (int) u32(capsAt + c * 4);
            out[i] = new Proto(i, string((int) u32(p + P_NAME)), u16(p + P_NREGS), kinds, kind(u8(p + P_RETKIND)), caps,
                    (int) u32(p + P_CODE), (int) u32(p + P_CODELEN), (int) u32(p + P_LINES));
        }
        return out;
    }

    private static byte kind(int k) {
        if (!Kind.valid(k)) throw new InvalidImageException("bad value kind " + k);
        return (byte) k;
    }

    /**
     * The string at an index, decoded on first use. Many interpreters on many threads may share this image: two of
     * them may decode the same string at once and both store an equal value, which is harmless; the release store
     * and acquire load make sure a thread that sees the reference also sees a fully built String.
     */
    public String string(int index) {
        String s = (String) STRING_SLOT.getAcquire(strings, index);
        if (s == null) {
            long off = stringsAt + u32(stringsAt + 4 + index * 8L);
            int len = (int) u32(stringsAt + 8 + index * 8L);
            s = new String(segment.asSlice(off, len).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            STRING_SLOT.setRelease(strings, index, s);
        }
        return s;
    }

    public int stringCount() {
        return strings.length;
    }

    public long constant(int index) {
        if (index >= constCount) throw new InvalidImageException("constant index out of range");
        return segment.get(LONG, constsAt + index * 8L);
    }

    public int constantCount() {
        return constCount;
    }

    public Proto proto(int index) {
        return protos[index];
    }

    public int protoCount() {
        return protos.length;
    }

    public Proto main() {
        return protos[main];
    }

    public int globals() {
        return globals;
    }

    /** The script's top-level bindings, in declaration order; a name shadowed by a later binding appears once. */
    public List<Export> exports() {
        return exports;
    }

    public Object type(int index) {
        return types[index];
    }

    public int typeCount() {
        return types.length;
    }

    public Native nativeAt(int index) {
        return natives[index];
    }

    public int nativeCount() {
        return natives.length;
    }

    /** The source position of the instruction at an absolute code index, as {@code line << 12 | col}. */
    public int position(Proto proto, int pc) {
        int i = pc - proto.codeStart;
        if (i < 0 || i >= proto.codeLength) return 0;
        return segment.get(INT, proto.linesAt + i * 4L);
    }

    public int instruction(int pc) {
        return segment.get(INT, (long) pc << 2);
    }

    private int u8(long at) {
        return segment.get(ValueLayout.JAVA_BYTE, at) & 0xFF;
    }

    private int u16(long at) {
        return segment.get(SHORT, at) & 0xFFFF;
    }

    private long u32(long at) {
        return segment.get(INT, at) & 0xFFFFFFFFL;
    }
}
