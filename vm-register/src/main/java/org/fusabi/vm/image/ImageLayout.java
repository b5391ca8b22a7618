package org.fusabi.vm.image;

import org.fusabi.vm.bytecode.Op;

/**
 * The byte layout of an image, shared by {@link ImageWriter}, {@link Image}, {@link ImageVerifier} and
 * {@link ImageChecksums}; docs/FZB.md is its prose form. The words inside code and the auxiliary section are
 * defined in {@code org.fusabi.vm.bytecode}. All integers are little-endian. Sections start at
 * 8-byte aligned offsets so code can be read as ints in place.
 */
public final class ImageLayout {
    private ImageLayout() {}

    public static final byte[] MAGIC = {'F', 'Z', 'B', 0x01};
    /** 2 added the export section; 3 the cell instructions (CELLP … SETCR); 4 the capabilities byte; 5 the source section (the files of a script that loads others); 6 the numeric kinds and CONV … SHRU. */
    public static final int VERSION = 9;

    // header
    public static final int OFF_VERSION = 4;      // u8
    public static final int OFF_CAPABILITIES = 5; // u8 the capabilities the script needs, a bit each (Capability.bit)
    public static final int OFF_SECTIONS = 6;     // u16 section count
    public static final int OFF_LENGTH = 8;       // u32 whole image length
    public static final int OFF_CHECKSUM = 12;    // u32 CRC-32C of [CHECKSUMMED_FROM, code section), then [end of aux section, length)
    public static final int OFF_MAIN = 16;        // u32 index of the prototype that runs the script's top level
    public static final int OFF_GLOBALS = 20;     // u32 number of global slots, at most MAX_GLOBALS
    public static final int HEADER_SIZE = 24;
    public static final int CHECKSUMMED_FROM = 16;
    public static final int SECTION_ENTRY = 12;   // u32 kind, u32 offset, u32 length
    /** GETG/SETG address globals with their Bx operand, so more slots could never be used. */
    public static final int MAX_GLOBALS = Op.MAX_BX + 1;
    /** The largest segment the JDK makes a ByteBuffer of (its largest array), which the reader reads through. */
    public static final int MAX_IMAGE = Integer.MAX_VALUE - 8;
    /** Where the first section starts: the header and the section table come first. */
    public static final int TABLE_END = HEADER_SIZE + ImageLayout.SECTION_KINDS * SECTION_ENTRY;

    // Bounds on what an image may declare, so that a small (or sparse) file cannot make the loader read or allocate
    // much more than a real script's image needs. Operands address prototypes, constants, natives and types with
    // 16 bits (Bx, and a union case word's type), so more of those could never be used.
    /** Prototypes, constants, natives, declared types and exports. */
    public static final int MAX_ENTRIES = Op.MAX_BX + 1;
    public static final int MAX_STRINGS = 1 << 20;
    /** The UTF-8 bytes of all strings together (a script's longest source is 256 MB). */
    public static final long MAX_STRING_BYTES = 256L << 20;
    /** A name: of a function, type, case, field, native or export, or an export's type as F# prints it. */
    public static final int MAX_NAME = 64 << 10;
    /** Cases of one union or fields of one record: the type table gives their count in 16 bits. */
    public static final int MAX_TYPE_MEMBERS = 0xFFFF;
    /** Cases and fields of all declared types together. */
    public static final int MAX_MEMBERS = 1 << 20;
    /** Words of one function's code. */
    public static final int MAX_CODE = 1 << 22;

    // section kinds
    public static final int SEC_STRINGS = 1;      // u32 n; n x {u32 offset from section start, u32 byte length}; UTF-8 bytes
    public static final int SEC_CONSTS = 2;       // u32 n; u32 pad; n x u64 (int values or float bits)
    public static final int SEC_PROTOS = 3;       // u32 n; u32 pad; n x PROTO_SIZE records
    public static final int SEC_TYPES = 4;        // u32 n; n x {u32 name, u8 kind, u8 pad, u16 count, count x {u32 name, u32 arity}}
    public static final int SEC_NATIVES = 5;      // u32 n; n x u32 name
    public static final int SEC_CODE = 6;         // u32 instructions
    public static final int SEC_AUX = 7;          // line tables, parameter kinds, capture descriptors
    public static final int SEC_EXPORTS = 8;      // u32 n; n x EXPORT_SIZE records
    public static final int SEC_SOURCES = 9;      // u32 n; n x SOURCE_SIZE records, first lines ascending
    public static final int SECTION_KINDS = 9;

    public static final int TYPE_RECORD = 0;
    public static final int TYPE_UNION = 1;

    // prototype record
    public static final int PROTO_SIZE = 32;
    public static final int P_NAME = 0;           // u32 string index
    public static final int P_NPARAMS = 4;        // u16
    public static final int P_NREGS = 6;          // u16 frame size
    public static final int P_NCAPS = 8;          // u16 captured variables
    public static final int P_RETKIND = 10;       // u8 Kind of the result
    public static final int P_FLAGS = 11;         // u8, zero
    public static final int P_CODE = 12;          // u32 first instruction, as an int index from the image start
    public static final int P_CODELEN = 16;       // u32 instruction count (extra words included)
    public static final int P_LINES = 20;         // u32 byte offset of the line table: codelen x u32 SourcePos
    public static final int P_KINDS = 24;         // u32 byte offset: nparams x u8 kind, then ncaps x u32 Capture descriptors
    /** u32 CRC-32C of the function's code words, then its line table, parameter kinds and capture descriptors. */
    public static final int P_CHECKSUM = 28;

    // export record: a top-level binding a host can read or call by name
    public static final int EXPORT_SIZE = 16;
    public static final int E_NAME = 0;           // u32 string index: the qualified name ("f", "Shapes.area")
    public static final int E_TYPE = 4;           // u32 string index: the Fusabi type as F# prints it ("int -> int")
    public static final int E_SLOT = 8;           // u32 global slot
    public static final int E_KIND = 12;          // u8 Kind: which global file (primitive or reference) holds it; 3 pad bytes

    // source record: the line tables number the lines of all a script's files one after the other (image lines);
    // a record names the file whose lines start at an image line, up to the next record's first line
    public static final int SOURCE_SIZE = 8;
    public static final int S_NAME = 0;           // u32 string index: the file's name as diagnostics show it
    public static final int S_FIRST = 4;          // u32 the image line of the file's line 1, at least 1

    public static int align8(int n) {
        return (n + 7) & ~7;
    }
}
