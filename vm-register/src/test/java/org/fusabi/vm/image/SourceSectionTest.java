package org.fusabi.vm.image;

import static org.fusabi.vm.bytecode.Op.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** The source section: image lines name the file they belong to, in traces as in {@link Image#where}. */
class SourceSectionTest {
    private static final List<String> STRINGS = List.of("main.fsx", "main", "lib.fsx");
    private static final List<SourceRange> SOURCES = List.of(new SourceRange("main.fsx", 1), new SourceRange("lib.fsx", 11));

    /** Divides by zero at image line 13, column 5: line 3 of lib.fsx. */
    private static byte[] image() {
        int[] code = {asbx(LOADI, 0, 1), asbx(LOADI, 1, 0), abc(DIVI, 0, 0, 1), abc(LOADU, 0, 0, 0), abc(RET, 0, 0, 0)};
        int[] lines = {SourcePos.of(2, 1), SourcePos.of(2, 1), SourcePos.of(13, 5), SourcePos.of(13, 5), SourcePos.of(13, 5)};
        ProtoSpec main = new ProtoSpec("main", 2, new byte[0], Kind.REF, new int[0], code, lines);
        return new ImageWriter(STRINGS, new long[0], List.of(main), List.of(), List.of(), 0, 0, List.of(), SOURCES).write();
    }

    private static Image load(byte[] bytes) {
        return Image.load(bytes, StandardLibrary.create());
    }

    @Test
    void imageLinesNameTheirFile() {
        Image image = load(image());
        assertEquals("main.fsx:2:1", image.where(SourcePos.of(2, 1)));
        assertEquals("main.fsx:10:7", image.where(SourcePos.of(10, 7)));
        assertEquals("lib.fsx:1:1", image.where(SourcePos.of(11, 1)));
        assertEquals("lib.fsx:3:5", image.where(SourcePos.of(13, 5)));
        assertEquals("main.fsx", image.where(0), "no line: the script");
    }

    @Test
    void aTraceNamesTheFileOfEachFrame() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ScriptError e = assertThrows(ScriptError.class, () -> new Interpreter(load(image()), quiet).run());
        assertEquals("lib.fsx:3:5: error: Attempted to divide by zero.\n  at main (lib.fsx:3:5)", e.render());
    }

    @Test
    void theLoaderChecksTheSection() {
        assertRejected(1, ImageLayout.S_FIRST, 1, "source 1: first line 1 is not after the previous source's");
        assertRejected(0, ImageLayout.S_FIRST, 0, "source 0: first line 0 is not after the previous source's");
        assertRejected(0, ImageLayout.S_NAME, 99, "source 0: string index 99 out of range");
    }

    /** Sets a field of a record of the section, reseals the image and loads it. */
    private static void assertRejected(int record, int field, int value, String message) {
        byte[] bytes = image();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int section = b.getInt(ImageLayout.HEADER_SIZE + (ImageLayout.SEC_SOURCES - 1) * ImageLayout.SECTION_ENTRY + 4);
        b.putInt(section + 4 + record * ImageLayout.SOURCE_SIZE + field, value);
        ImageChecksums.seal(bytes);
        assertEquals(message, assertThrows(InvalidImageException.class, () -> load(bytes)).getMessage());
    }
}
