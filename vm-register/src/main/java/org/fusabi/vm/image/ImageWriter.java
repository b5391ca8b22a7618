package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Serialises a compiled script into image bytes. The compiler's output and a .fzb file are these same bytes. */
public final class ImageWriter {
    private final List<String> strings;
    private final long[] consts;
    private final List<ProtoSpec> protos;
    private final List<TypeSpec> types;
    private final List<String> natives;
    private final int main;
    private final int globals;
    private final List<Export> exports;
    private final List<SourceRange> sources;
    private final java.util.Map<String, Integer> stringIndex = new java.util.HashMap<>();

    /** An image of one file, string 0, whose line tables hold its own line numbers, exporting nothing. */
    public ImageWriter(List<String> strings, long[] consts, List<ProtoSpec> protos, List<TypeSpec> types,
                       List<String> natives, int main, int globals) {
        this(strings, consts, protos, types, natives, main, globals, List.of(), List.of(new SourceRange(strings.getFirst(), 1)));
    }

    /** The names and types in {@code exports} and the names of {@code sources} must be in {@code strings}. */
    public ImageWriter(List<String> strings, long[] consts, List<ProtoSpec> protos, List<TypeSpec> types,
                       List<String> natives, int main, int globals, List<Export> exports, List<SourceRange> sources) {
        this.strings = strings;
        this.consts = consts;
        this.protos = protos;
        this.types = types;
        this.natives = natives;
        this.main = main;
        this.globals = globals;
        this.exports = exports;
        this.sources = sources;
        for (int i = 0; i < strings.size(); i++) stringIndex.putIfAbsent(strings.get(i), i);
    }

    private int str(String s) {
        Integer i = stringIndex.get(s);
        if (i == null) throw new IllegalArgumentException("string not in the table: " + s);
        return i;
    }

    public byte[] write() {
        List<byte[]> sections = new ArrayList<>();
        sections.add(stringsSection());
        sections.add(constsSection());
        int sectionTableEnd = HEADER_SIZE + SECTION_KINDS * SECTION_ENTRY;
        // Offsets of later sections depend on earlier sizes; code and aux are placed before protos are encoded
        // because prototype records point into them.
        int[] offsets = new int[SECTION_KINDS];
        byte[] typesBytes = typesSection();
        byte[] nativesBytes = nativesSection();
        int cursor = align8(sectionTableEnd);
        offsets[0] = cursor;
        cursor = align8(cursor + sections.get(0).length);
        offsets[1] = cursor;
        cursor = align8(cursor + sections.get(1).length);
        int protosOffset = cursor;
        int protosSize = 8 + protos.size() * PROTO_SIZE;
        cursor = align8(cursor + protosSize);
        int typesOffset = cursor;
        cursor = align8(cursor + typesBytes.length);
        int nativesOffset = cursor;
        cursor = align8(cursor + nativesBytes.length);
        int codeOffset = cursor;
        int codeInts = 0;
        for (ProtoSpec p : protos) codeInts += p.code().length;
        cursor = align8(cursor + codeInts * 4);
        int auxOffset = cursor;
        ByteBuffer aux = le(ByteBuffer.allocate(auxSize()));
        ByteBuffer code = le(ByteBuffer.allocate(codeInts * 4));
        ByteBuffer protoBuf = le(ByteBuffer.allocate(protosSize));
        protoBuf.putInt(protos.size()).putInt(0);
        for (ProtoSpec p : protos) {
            int codeStart = (codeOffset + code.position()) / 4;
            for (int ins : p.code()) code.putInt(ins);
            int linesAt = auxOffset + aux.position();
            for (int line : p.lines()) aux.putInt(line);
            int kindsAt = auxOffset + aux.position();
            aux.put(p.paramKinds());
            while (aux.position() % 4 != 0) aux.put((byte) 0);
            for (int cap : p.captures()) aux.putInt(cap);
            protoBuf.putInt(str(p.name()))
                    .putShort((short) p.paramKinds().length)
                    .putShort((short) p.nregs())
                    .putShort((short) p.captures().length)
                    .put(p.retKind()).put((byte) 0)
                    .putInt(codeStart).putInt(p.code().length)
                    .putInt(linesAt).putInt(kindsAt).putInt(0); // P_CHECKSUM: filled in by seal
        }
        int exportsOffset = align8(auxOffset + aux.capacity());
        byte[] exportsBytes = exportsSection();
        int sourcesOffset = align8(exportsOffset + exportsBytes.length);
        byte[] sourcesBytes = sourcesSection();
        int length = sourcesOffset + sourcesBytes.length;
        ByteBuffer out = le(ByteBuffer.allocate(length));
        out.put(MAGIC).put((byte) VERSION).put((byte) Capability.bits(natives)).putShort((short) SECTION_KINDS)
           .putInt(length).putInt(0).putInt(main).putInt(globals);
        int[][] table = {
            {SEC_STRINGS, offsets[0], sections.get(0).length},
            {SEC_CONSTS, offsets[1], sections.get(1).length},
            {SEC_PROTOS, protosOffset, protosSize},
            {SEC_TYPES, typesOffset, typesBytes.length},
            {SEC_NATIVES, nativesOffset, nativesBytes.length},
            {SEC_CODE, codeOffset, codeInts * 4},
            {SEC_AUX, auxOffset, aux.capacity()},
            {SEC_EXPORTS, exportsOffset, exportsBytes.length},
            {SEC_SOURCES, sourcesOffset, sourcesBytes.length},
        };
        for (int[] entry : table) out.putInt(entry[0]).putInt(entry[1]).putInt(entry[2]);
        out.put(offsets[0], sections.get(0));
        out.put(offsets[1], sections.get(1));
        out.put(protosOffset, protoBuf.array());
        out.put(typesOffset, typesBytes);
        out.put(nativesOffset, nativesBytes);
        out.put(codeOffset, code.array());
        out.put(auxOffset, aux.array());
        out.put(exportsOffset, exportsBytes);
        out.put(sourcesOffset, sourcesBytes);
        byte[] bytes = out.array();
        ImageChecksums.seal(bytes);
        return bytes;
    }

    private int auxSize() {
        int n = 0;
        for (ProtoSpec p : protos) {
            n += p.lines().length * 4;
            n += (p.paramKinds().length + 3) & ~3;
            n += p.captures().length * 4;
        }
        return n;
    }

    private byte[] stringsSection() {
        List<byte[]> encoded = new ArrayList<>();
        int total = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            encoded.add(b);
            total += b.length;
        }
        int header = 4 + strings.size() * 8;
        ByteBuffer buf = le(ByteBuffer.allocate(header + total));
        buf.putInt(strings.size());
        int at = header;
        for (byte[] b : encoded) {
            buf.putInt(at).putInt(b.length);
            at += b.length;
        }
        for (byte[] b : encoded) buf.put(b);
        return buf.array();
    }

    private byte[] constsSection() {
        ByteBuffer buf = le(ByteBuffer.allocate(8 + consts.length * 8));
        buf.putInt(consts.length).putInt(0);
        for (long c : consts) buf.putLong(c);
        return buf.array();
    }

    private byte[] typesSection() {
        int size = 4;
        for (TypeSpec t : types) size += 8 + t.names().size() * 8;
        ByteBuffer buf = le(ByteBuffer.allocate(size));
        buf.putInt(types.size());
        for (TypeSpec t : types) {
            buf.putInt(str(t.name())).put((byte) (t.union() ? TYPE_UNION : TYPE_RECORD)).put((byte) 0)
               .putShort((short) t.names().size());
            for (int i = 0; i < t.names().size(); i++) {
                buf.putInt(str(t.names().get(i))).putInt(t.arities().get(i));
            }
        }
        return buf.array();
    }

    private byte[] nativesSection() {
        ByteBuffer buf = le(ByteBuffer.allocate(4 + natives.size() * 4));
        buf.putInt(natives.size());
        for (String n : natives) buf.putInt(str(n));
        return buf.array();
    }

    private byte[] exportsSection() {
        ByteBuffer buf = le(ByteBuffer.allocate(4 + exports.size() * EXPORT_SIZE));
        buf.putInt(exports.size());
        for (Export e : exports) {
            buf.putInt(str(e.name())).putInt(str(e.type())).putInt(e.slot()).put(e.kind()).put(new byte[3]);
        }
        return buf.array();
    }

    private byte[] sourcesSection() {
        ByteBuffer buf = le(ByteBuffer.allocate(4 + sources.size() * SOURCE_SIZE));
        buf.putInt(sources.size());
        for (SourceRange r : sources) buf.putInt(str(r.name())).putInt(r.firstLine());
        return buf.array();
    }

    private static ByteBuffer le(ByteBuffer b) {
        return b.order(ByteOrder.LITTLE_ENDIAN);
    }
}
