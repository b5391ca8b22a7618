package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fusabi.vm.image.ImageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fus disasm} on an image against a golden listing. When the code generator changes on purpose, regenerate
 * it with {@code bin/fus grind cli/src/test/resources/disasm/sample.fsx -o /tmp/sample.fzb && bin/fus disasm
 * /tmp/sample.fzb > cli/src/test/resources/disasm/sample.disasm} and review the diff. The sample avoids patterns
 * binding several variables (x :: rest): the code generator currently orders their registers by identity hash,
 * so their listing differs from run to run.
 */
class DisasmTest {
    private static final Path SAMPLE = Path.of("src/test/resources/disasm/sample.fsx");

    @TempDir
    Path tmp;

    @Test
    void listsAnImageLikeTheGoldenFile() throws Exception {
        Path image = tmp.resolve("sample.fzb");
        assertEquals(0, GoldenTest.fus("grind", SAMPLE.toString(), "-o", image.toString()).status());
        GoldenTest.Result r = GoldenTest.fus("disasm", image.toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        String expected = Files.readString(Path.of("src/test/resources/disasm/sample.disasm"), StandardCharsets.UTF_8);
        assertEquals(expected, r.out());
    }

    @Test
    void listsASourceFileThroughTheSameImage() {
        GoldenTest.Result r = GoldenTest.fus("disasm", SAMPLE.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("function #") && r.out().contains("\tRET"), r.out());
    }

    @Test
    void aDamagedImageIsReportedInOneLine() throws Exception {
        Path image = tmp.resolve("bad.fzb");
        GoldenTest.fus("grind", SAMPLE.toString(), "-o", image.toString());
        byte[] b = Files.readAllBytes(image);
        int code = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt(ImageLayout.HEADER_SIZE + (ImageLayout.SEC_CODE - 1) * ImageLayout.SECTION_ENTRY + 4);
        b[code + 1] ^= 1;
        Files.write(image, b);
        GoldenTest.Result r = GoldenTest.fus("run", image.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("fus: " + image + ": invalid image: function #"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
