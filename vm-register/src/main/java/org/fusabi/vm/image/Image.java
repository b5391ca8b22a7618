package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * A loaded image: a read-only view of the image bytes (a heap array from the compiler or a file mapping) and
 * the little that is decoded up front (header, section table, types, natives). Functions are verified and their
 * code copied to the heap when first asked for ({@link #proto}), strings are decoded on first use, so loading
 * costs the same for a small image and a large one. An image is immutable after loading apart from those caches,
 * so one image may be run by many interpreters on many threads at once (a mapped file must then be mapped in a
 * shared arena).
 */
public final class Image {
    private static final VarHandle STRING_SLOT = MethodHandles.arrayElementVarHandle(String[].class);

    public final MemorySegment segment;
    /** The segment's bytes as read by {@link Bytes}. */
    final ByteBuffer bytes;
    private final long[] sectionAt = new long[SECTION_KINDS + 1];
    private final long[] sectionLength = new long[SECTION_KINDS + 1];
    private final Proto[] protos;
    private final String[] strings;
    private final int constCount;
    private final Object[] types;
    private final NativeFunction[] natives;
    private final int main;
    private final int globals;
    private final List<Export> exports;
    /** The source section: each file's first image line, ascending, and the string index of its name. */
    private final int[] sourceFirstLines;
    private final int[] sourceNames;
    private final Map<Class<?>, Object> companions = new ConcurrentHashMap<>();

    private Image(MemorySegment segment, NativeTable library) {
        this.segment = segment;
        this.bytes = Bytes.view(segment);
        long size = segment.byteSize();
        if (size < HEADER_SIZE) throw new InvalidImageException("truncated header (" + size + " bytes)");
        for (int i = 0; i < 4; i++) {
            if (bytes.get(i) != MAGIC[i]) throw new InvalidImageException("not a Fusabi image (bad magic)");
        }
        int version = u8(OFF_VERSION);
        if (version != VERSION) {
            throw new InvalidImageException("image format version " + version + " is not supported (this fus reads version " + VERSION + ")");
        }
        long length = u32(OFF_LENGTH);
        if (length != size) throw new InvalidImageException("image length " + length + " does not match file size " + size);
        readSectionTable(size);
        if (u32(OFF_CHECKSUM) != ImageChecksums.header(segment, sectionAt[SEC_CODE], sectionEnd(SEC_AUX))) {
            throw new InvalidImageException("checksum mismatch (damaged file)");
        }
        strings = new String[count(SEC_STRINGS, 4, 8)];
        if (strings.length == 0) throw new InvalidImageException("string table lacks the script name");
        constCount = count(SEC_CONSTS, 8, 8);
        protos = new Proto[count(SEC_PROTOS, 8, PROTO_SIZE)];
        main = (int) Math.min(u32(OFF_MAIN), Integer.MAX_VALUE);
        if (main >= protos.length) throw new InvalidImageException("main function index out of range");
        ProtoRecord m = record(main);
        if (m.nparams() != 0 || m.ncaps() != 0) throw new InvalidImageException("main function takes parameters");
        long g = u32(OFF_GLOBALS);
        if (g > MAX_GLOBALS) throw new InvalidImageException("too many globals (" + g + ")");
        globals = (int) g;
        types = readTypes();
        checkCapabilities(library);
        natives = readNatives(library);
        exports = readExports();
        int sources = count(SEC_SOURCES, 4, SOURCE_SIZE);
        sourceFirstLines = new int[sources];
        sourceNames = new int[sources];
        readSources();
    }

    /** Checks the header and tables; functions are verified when first used. Natives are resolved against the library. */
    public static Image load(MemorySegment segment, NativeTable library) {
        try {
            return new Image(segment, library);
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidImageException("offset out of bounds");
        }
    }

    public static Image load(byte[] bytes, NativeTable library) {
        return load(MemorySegment.ofArray(bytes), library);
    }

    /** Sections come in kind order, aligned, without overlap, so the header checksum covers the table itself. */
    private void readSectionTable(long size) {
        int sections = u16(OFF_SECTIONS);
        long tableEnd = HEADER_SIZE + (long) sections * SECTION_ENTRY;
        if (sections != SECTION_KINDS || tableEnd > size) throw new InvalidImageException("bad section table");
        long previousEnd = tableEnd;
        for (int kind = 1; kind <= SECTION_KINDS; kind++) {
            long at = HEADER_SIZE + (kind - 1L) * SECTION_ENTRY;
            long off = u32(at + 4);
            long len = u32(at + 8);
            if (u32(at) != kind || off % 8 != 0 || off < previousEnd || off + len > size) {
                throw new InvalidImageException("bad section " + kind);
            }
            sectionAt[kind] = off;
            sectionLength[kind] = len;
            previousEnd = off + len;
        }
        if (sectionLength[SEC_CODE] % 4 != 0) throw new InvalidImageException("bad section " + SEC_CODE);
    }

    /** The entry count at the start of a section, checked against the section's length. */
    private int count(int section, int headerSize, int entrySize) {
        long len = sectionLength[section];
        if (len < 4) throw new InvalidImageException("section " + section + " is too short");
        long n = u32(sectionAt[section]);
        if (headerSize + n * entrySize > len) throw new InvalidImageException("section " + section + " count out of range");
        return (int) n;
    }

    private Object[] readTypes() {
        int n = count(SEC_TYPES, 4, 8);
        long end = sectionAt[SEC_TYPES] + sectionLength[SEC_TYPES];
        List<Object> out = new ArrayList<>(BuiltinTypes.all());
        long p = sectionAt[SEC_TYPES] + 4;
        for (int i = 0; i < n; i++) {
            if (p + 8 > end) throw new InvalidImageException("type table overruns its section");
            String name = string(u32(p));
            int kind = u8(p + 4);
            int members = u16(p + 6);
            p += 8;
            if (kind != TYPE_RECORD && kind != TYPE_UNION) throw new InvalidImageException("type '" + name + "' has bad kind " + kind);
            if (p + members * 8L > end) throw new InvalidImageException("type table overruns its section");
            List<String> names = new ArrayList<>();
            List<Integer> arities = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                names.add(string(u32(p)));
                long arity = u32(p + 4);
                if (arity > MAX_FIELDS) throw new InvalidImageException("type '" + name + "' has a case of arity " + arity);
                arities.add((int) arity);
                p += 8;
            }
            out.add(kind == TYPE_UNION ? new UnionType(name, List.copyOf(names), List.copyOf(arities))
                                       : new RecordType(name, List.copyOf(names)));
        }
        return out.toArray();
    }

    /** Refuses, in one message, an image that needs capabilities the host does not grant, before any native is bound. */
    private void checkCapabilities(NativeTable library) {
        int needed = u8(OFF_CAPABILITIES);
        if ((needed & ~Capability.ALL_BITS) != 0) throw new InvalidImageException("unknown capability bits " + needed);
        List<Capability> missing = Capability.fromBits(needed).stream().filter(c -> !library.grants(c)).toList();
        if (!missing.isEmpty()) throw new NotGrantedException(missing);
    }

    /** The capabilities the script needs of its host. */
    public List<Capability> capabilities() {
        return Capability.fromBits(u8(OFF_CAPABILITIES));
    }

    private NativeFunction[] readNatives(NativeTable library) {
        int n = count(SEC_NATIVES, 4, 4);
        NativeFunction[] out = new NativeFunction[n];
        for (int i = 0; i < n; i++) {
            String name = string(u32(sectionAt[SEC_NATIVES] + 4 + i * 4L));
            out[i] = library.lookup(name);
            if (out[i] == null) throw new InvalidImageException("unknown native function '" + name + "'");
        }
        return out;
    }

    private List<Export> readExports() {
        int n = count(SEC_EXPORTS, 4, EXPORT_SIZE);
        List<Export> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long p = sectionAt[SEC_EXPORTS] + 4 + (long) i * EXPORT_SIZE;
            long slot = u32(p + E_SLOT);
            if (slot >= globals) throw new InvalidImageException("export " + i + ": global slot out of range");
            int kind = u8(p + E_KIND);
            if (!Kind.valid(kind)) throw new InvalidImageException("export " + i + ": bad value kind " + kind);
            out.add(new Export(string(u32(p + E_NAME)), string(u32(p + E_TYPE)), (int) slot, (byte) kind));
        }
        return List.copyOf(out);
    }

    private void readSources() {
        long previous = 0;
        for (int i = 0; i < sourceNames.length; i++) {
            long p = sectionAt[SEC_SOURCES] + 4 + (long) i * SOURCE_SIZE;
            long name = u32(p + S_NAME);
            long first = u32(p + S_FIRST);
            if (name >= strings.length) throw new InvalidImageException("source " + i + ": string index " + name + " out of range");
            if (first <= previous || first > SourcePos.MAX_LINE) {
                throw new InvalidImageException("source " + i + ": first line " + first + " is not after the previous source's");
            }
            sourceNames[i] = (int) name;
            sourceFirstLines[i] = (int) first;
            previous = first;
        }
    }

    private String string(long index) {
        if (index >= strings.length) throw new InvalidImageException("string index " + index + " out of range");
        return string((int) index);
    }

    /**
     * The string at an index, decoded on first use. Many interpreters on many threads may share this image: two of
     * them may decode the same string at once and both store an equal value, which is harmless; the release store
     * and acquire load make sure a thread that sees the reference also sees a fully built String.
     */
    public String string(int index) {
        String s = (String) STRING_SLOT.getAcquire(strings, index);
        if (s == null) {
            long entry = sectionAt[SEC_STRINGS] + 4 + index * 8L;
            long off = u32(entry);
            long len = u32(entry + 4);
            if (off + len > sectionLength[SEC_STRINGS]) throw new InvalidImageException("string " + index + " overruns its section");
            s = new String(Bytes.bytes(bytes, sectionAt[SEC_STRINGS] + off, len), StandardCharsets.UTF_8);
            STRING_SLOT.setRelease(strings, index, s);
        }
        return s;
    }

    public int stringCount() {
        return strings.length;
    }

    /** Verified code only asks for constants in range. */
    public long constant(int index) {
        return Bytes.i64(bytes, sectionAt[SEC_CONSTS] + 8 + index * 8L);
    }

    public int constantCount() {
        return constCount;
    }

    /** The function at an index, verified and with its code copied to the heap the first time it is asked for. */
    public Proto proto(int index) {
        // Proto's fields are final, so a racy read sees either null or a complete, verified prototype.
        Proto p = protos[index];
        return p != null ? p : verify(index);
    }

    private synchronized Proto verify(int index) {
        Proto p = protos[index];
        if (p == null) {
            try {
                p = ImageVerifier.verify(this, index);
            } catch (IndexOutOfBoundsException e) {
                throw new InvalidImageException("function #" + index + ": offset out of bounds");
            }
            protos[index] = p;
        }
        return p;
    }

    public int protoCount() {
        return protos.length;
    }

    public Proto main() {
        return proto(main);
    }

    public int mainIndex() {
        return main;
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

    public NativeFunction nativeAt(int index) {
        return natives[index];
    }

    public int nativeCount() {
        return natives.length;
    }

    /** The source position of the instruction at a code index of the function, as a {@link org.fusabi.vm.bytecode.SourcePos}. */
    public int position(Proto proto, int pc) {
        if (pc < 0 || pc >= proto.code.length) return 0;
        return Bytes.i32(bytes, proto.linesAt + pc * 4L);
    }

    /**
     * Where a position of this image's line tables is, {@code file:line:col}: image lines number the lines of all the
     * script's files one after the other, and the source section says which file each belongs to. A position
     * before every file's lines (0: code the compiler made up) names the script.
     */
    public String where(int pos) {
        int source = sourceOf(pos);
        if (source < 0) return string(0);
        return SourcePos.where(sourceName(source), SourcePos.of(lineIn(source, pos), SourcePos.col(pos)));
    }

    /** The index in the source section of the file a position is in, or -1 when it is before them all. */
    public int sourceOf(int pos) {
        int line = SourcePos.line(pos);
        int k = java.util.Arrays.binarySearch(sourceFirstLines, line);
        return k >= 0 ? k : -k - 2;
    }

    public String sourceName(int source) {
        return string(sourceNames[source]);
    }

    /** The line a position has in its file. */
    public int lineIn(int source, int pos) {
        return SourcePos.line(pos) - sourceFirstLines[source] + 1;
    }

    /**
     * The object of a class that a layer above keeps with this image (the interpreter's state of each function),
     * made by the first that asks and then shared, as the image is, by every interpreter that runs it.
     */
    public <T> T companion(Class<T> type, Function<Image, T> make) {
        return type.cast(companions.computeIfAbsent(type, k -> make.apply(this)));
    }

    ProtoRecord record(int index) {
        return new ProtoRecord(bytes, sectionAt[SEC_PROTOS] + 8 + (long) index * PROTO_SIZE);
    }

    long sectionAt(int kind) {
        return sectionAt[kind];
    }

    long sectionEnd(int kind) {
        return sectionAt[kind] + sectionLength[kind];
    }

    private int u8(long at) {
        return Bytes.u8(bytes, at);
    }

    private int u16(long at) {
        return Bytes.u16(bytes, at);
    }

    private long u32(long at) {
        return Bytes.u32(bytes, at);
    }
}
