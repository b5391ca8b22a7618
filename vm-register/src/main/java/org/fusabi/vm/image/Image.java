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
import org.fusabi.vm.Excerpt;
import org.fusabi.vm.bytecode.CaseShape;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * A loaded image: the little that is decoded up front (header, section table, types, natives, exports) and the
 * rest decoded when first used, so loading costs little more for a large image than for a small one. Nothing is
 * read from the image's segment twice: at load the tables (everything before the code section) are copied to the
 * heap and checked there against the header checksum, and each function's code and auxiliary bytes are copied when
 * it is first needed and checked there against its own checksum ({@link FunctionBytes}). A file changed or
 * truncated under its mapping therefore cannot change what was checked, and a read past a truncated file's end,
 * which the JVM reports as an {@link InternalError}, is an {@link ImageChangedException}, never a crash. An image is
 * immutable after loading apart from those caches, so one image may be run by many interpreters on many threads at
 * once (a mapped file must then be mapped in a shared arena).
 */
public final class Image {
    private static final VarHandle STRING_SLOT = MethodHandles.arrayElementVarHandle(String[].class);

    public final MemorySegment segment;
    /** The segment's bytes: only ever copied from (see above). */
    private final ByteBuffer mapped;
    /** The copy of the tables, read by {@link Bytes} at offsets from the image start. */
    final ByteBuffer bytes;
    private final SectionTable sections;
    private final Proto[] protos;
    private final FunctionBytes[] functions;
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
        this.mapped = Bytes.view(segment);
        long size = segment.byteSize();
        if (size < TABLE_END) throw new InvalidImageException("truncated header (" + size + " bytes)");
        // A first look at the section table says how much to copy; everything after is checked on the copy alone.
        SectionTable first = new SectionTable(Bytes.copy(mapped, 0, TABLE_END), size);
        this.bytes = Bytes.copy(mapped, 0, first.at(SEC_CODE));
        this.sections = new SectionTable(bytes, size);
        if (!sections.sameAs(first)) throw new ImageChangedException();
        ByteBuffer tail = Bytes.copy(mapped, sectionEnd(SEC_AUX), size - sectionEnd(SEC_AUX));
        if (u32(OFF_CHECKSUM) != ImageChecksums.header(bytes, tail)) {
            throw new InvalidImageException("checksum mismatch (damaged file)");
        }
        strings = new String[count(SEC_STRINGS, 4, 8, MAX_STRINGS)];
        if (strings.length == 0) throw new InvalidImageException("string table lacks the script name");
        if (sections.length(SEC_STRINGS) - 4 - 8L * strings.length > MAX_STRING_BYTES) {
            throw new InvalidImageException("strings of more than " + (MAX_STRING_BYTES >> 20) + " MB");
        }
        constCount = exactCount(SEC_CONSTS, 8, 8);
        protos = new Proto[exactCount(SEC_PROTOS, 8, PROTO_SIZE)];
        functions = new FunctionBytes[protos.length];
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
        exports = readExports(tail);
        int sources = (int) tailCount(tail, SEC_SOURCES, SOURCE_SIZE);
        sourceFirstLines = new int[sources];
        sourceNames = new int[sources];
        readSources(tail);
    }

    /** Checks the header and tables; functions are verified when first used. Natives are resolved against the library. */
    public static Image load(MemorySegment segment, NativeTable library) {
        try {
            return new Image(segment, library);
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidImageException("offset out of bounds");
        } catch (InternalError e) {
            throw changed(e);
        }
    }

    public static Image load(byte[] bytes, NativeTable library) {
        return load(MemorySegment.ofArray(bytes), library);
    }

    /** A read of the segment failed: the file shrank under its mapping. Other internal errors are the JVM's. */
    private static ImageChangedException changed(InternalError e) {
        if (e.getMessage() == null || !e.getMessage().contains("unsafe memory access")) throw e;
        return new ImageChangedException();
    }

    /** The entry count at the start of a section: at most max, and entries that fit the section. */
    private int count(int section, int headerSize, int entrySize, int max) {
        long len = sections.length(section);
        if (len < 4) throw new InvalidImageException("section " + section + " is too short");
        long n = u32(sections.at(section));
        if (n > max) throw new InvalidImageException("section " + section + ": more than " + max + " entries (" + n + ")");
        if (headerSize + n * entrySize > len) throw new InvalidImageException("section " + section + " count out of range");
        return (int) n;
    }

    /** The same, for a section of fixed-size entries, which must fill it exactly. */
    private int exactCount(int section, int headerSize, int entrySize) {
        int n = count(section, headerSize, entrySize, MAX_ENTRIES);
        if (headerSize + (long) n * entrySize != sections.length(section)) throw new InvalidImageException("section " + section + " has bytes past its entries");
        return n;
    }

    private Object[] readTypes() {
        int n = count(SEC_TYPES, 4, 8, MAX_ENTRIES);
        long end = sectionEnd(SEC_TYPES);
        List<Object> out = new ArrayList<>(BuiltinTypes.all());
        long p = sections.at(SEC_TYPES) + 4;
        long allMembers = 0;
        for (int i = 0; i < n; i++) {
            if (p + 8 > end) throw new InvalidImageException("type table overruns its section");
            String name = name(u32(p));
            int kind = u8(p + 4);
            int members = u16(p + 6);
            p += 8;
            if (kind != TYPE_RECORD && kind != TYPE_UNION) throw new InvalidImageException("type '" + Excerpt.of(name) + "' has bad kind " + kind);
            if (p + members * 8L > end) throw new InvalidImageException("type table overruns its section");
            if ((allMembers += members) > MAX_MEMBERS) throw new InvalidImageException("types with more than " + MAX_MEMBERS + " cases and fields");
            List<String> names = new ArrayList<>(members);
            List<Integer> arities = new ArrayList<>(members);
            for (int m = 0; m < members; m++) {
                names.add(name(u32(p)));
                long arity = u32(p + 4);
                String bad = kind == TYPE_UNION ? CaseShape.check(arity) : null;
                if (bad != null) throw new InvalidImageException("type '" + Excerpt.of(name) + "' " + bad);
                if (kind == TYPE_RECORD && !Kind.valid((int) Math.min(arity, Integer.MAX_VALUE))) {
                    throw new InvalidImageException("type '" + Excerpt.of(name) + "' has a field of bad kind " + arity);
                }
                arities.add((int) arity);
                p += 8;
            }
            out.add(kind == TYPE_UNION ? new UnionType(name, List.copyOf(names), arities.stream().map(CaseShape::arity).toList(), List.copyOf(arities))
                                       : new RecordType(name, names, arities));
        }
        if (p != end) throw new InvalidImageException("section " + SEC_TYPES + " has bytes past its entries");
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
        int n = exactCount(SEC_NATIVES, 4, 4);
        NativeFunction[] out = new NativeFunction[n];
        for (int i = 0; i < n; i++) {
            String name = name(u32(sections.at(SEC_NATIVES) + 4 + i * 4L));
            out[i] = library.lookup(name);
            if (out[i] == null) throw new InvalidImageException("unknown native function '" + Excerpt.of(name) + "'");
        }
        return out;
    }

    /** The entry count of a section after the auxiliary one, read from the copy of those bytes (the tail): entries fill it exactly. */
    private long tailCount(ByteBuffer tail, int section, int entrySize) {
        long len = sections.length(section);
        long n = len < 4 ? -1 : Bytes.u32(tail, tailOffset(section));
        if (n < 0 || n > MAX_ENTRIES || 4 + n * entrySize != len) throw new InvalidImageException("bad section " + section);
        return n;
    }

    /** Where a section after the auxiliary one starts in the tail. */
    private long tailOffset(int section) {
        return sections.at(section) - sectionEnd(SEC_AUX);
    }

    /** The exports, from the tail. */
    private List<Export> readExports(ByteBuffer tail) {
        long n = tailCount(tail, SEC_EXPORTS, EXPORT_SIZE);
        List<Export> out = new ArrayList<>((int) n);
        for (int i = 0; i < n; i++) {
            long p = tailOffset(SEC_EXPORTS) + 4 + (long) i * EXPORT_SIZE;
            long slot = Bytes.u32(tail, p + E_SLOT);
            if (slot >= globals) throw new InvalidImageException("export " + i + ": global slot out of range");
            int kind = Bytes.u8(tail, p + E_KIND);
            if (!Kind.valid(kind)) throw new InvalidImageException("export " + i + ": bad value kind " + kind);
            out.add(new Export(name(Bytes.u32(tail, p + E_NAME)), name(Bytes.u32(tail, p + E_TYPE)), (int) slot, (byte) kind));
        }
        return List.copyOf(out);
    }

    private void readSources(ByteBuffer tail) {
        long previous = 0;
        for (int i = 0; i < sourceNames.length; i++) {
            long p = tailOffset(SEC_SOURCES) + 4 + (long) i * SOURCE_SIZE;
            long name = Bytes.u32(tail, p + S_NAME);
            long first = Bytes.u32(tail, p + S_FIRST);
            if (name >= strings.length) throw new InvalidImageException("source " + i + ": string index " + name + " out of range");
            if (first <= previous || first > SourcePos.MAX_LINE) {
                throw new InvalidImageException("source " + i + ": first line " + first + " is not after the previous source's");
            }
            sourceNames[i] = (int) name;
            sourceFirstLines[i] = (int) first;
            previous = first;
        }
    }

    /** A string that names something: its length is checked before it is decoded. */
    String name(long index) {
        long length = index < strings.length ? u32(sections.at(SEC_STRINGS) + 4 + index * 8L + 4) : 0;
        if (length > MAX_NAME) throw new InvalidImageException("string " + index + " is too long for a name (" + length + " bytes)");
        return string(index);
    }

    /** A string at an index read from the image. */
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
            long entry = sections.at(SEC_STRINGS) + 4 + index * 8L;
            long off = u32(entry);
            long len = u32(entry + 4);
            if (off + len > sections.length(SEC_STRINGS)) throw new InvalidImageException("string " + index + " overruns its section");
            s = new String(Bytes.bytes(bytes, sections.at(SEC_STRINGS) + off, len), StandardCharsets.UTF_8);
            STRING_SLOT.setRelease(strings, index, s);
        }
        return s;
    }

    public int stringCount() {
        return strings.length;
    }

    /** Verified code only asks for constants in range. */
    public long constant(int index) {
        return Bytes.i64(bytes, sections.at(SEC_CONSTS) + 8 + index * 8L);
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

    /**
     * A function's bytes, copied from the segment and checked against its checksum the first time they are asked
     * for: by the function's verification, or by that of a function that makes closures of it.
     */
    synchronized FunctionBytes functionBytes(int index) {
        FunctionBytes f = functions[index];
        if (f == null) {
            try {
                f = FunctionBytes.read(mapped, record(index), sections,
                        what -> ImageVerifier.failure(index, functionName(index), what));
            } catch (InternalError e) {
                throw changed(e);
            }
            functions[index] = f;
        }
        return f;
    }

    /** The name of the function at an index, for messages; "?" when the record's name is not a string. */
    String functionName(int index) {
        long name = record(index).name() & 0xFFFFFFFFL;
        return name < strings.length ? Excerpt.of(name(name)) : "?";
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
        return pc < 0 || pc >= proto.lines.length ? 0 : proto.lines[pc];
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
        return new ProtoRecord(bytes, sections.at(SEC_PROTOS) + 8 + (long) index * PROTO_SIZE);
    }

    long sectionEnd(int kind) {
        return sections.end(kind);
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
