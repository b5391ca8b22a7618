package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * A script larger than an image can hold is a compile error at its place. Regression: 70,000 top-level lets, or a
 * union of 70,000 cases, passed `fus check` and `grind`, and the image was refused by `fus run`; 70,000 string
 * literals were written with their indexes truncated to 16 bits.
 */
class ImageLimitsTest {
    private final Library library = StandardLibrary.create();

    private static String lines(int n, String format) {
        return IntStream.range(0, n).mapToObj(i -> format.formatted(i, i)).collect(Collectors.joining("\n", "", "\n"));
    }

    private String error(String source) {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.compileToBytes("big.fsx", source, library));
        return e.render("big.fsx", source).lines().findFirst().orElseThrow();
    }

    @Test
    void asManyTopLevelValuesAsAnImageAddressesLoad() {
        Image image = Image.load(Compiler.compileToBytes("big.fsx", lines(65_536, "let v%d = %d"), library), library);
        assertEquals(65_536, image.globals());
    }

    @Test
    void oneTopLevelValueMoreIsRefusedWhereItIsDeclared() {
        assertEquals("big.fsx:65537:5: error: more than 65536 top-level values in one script", error(lines(65_537, "let v%d = %d")));
    }

    @Test
    void aUnionOfMoreCasesThanTheTypeTableCounts() {
        assertEquals("big.fsx:65537:7: error: a union type can have at most 65535 cases", error("type U =\n" + lines(65_536, "    | C%d")));
    }

    @Test
    void moreStringLiteralsThanAnOperandAddresses() {
        String source = lines(65_536, "printfn \"%%s\" \"t%d\"");
        assertEquals("more than 65536 distinct strings in one script",
                assertThrows(CompileError.class, () -> Compiler.compileToBytes("big.fsx", source, library)).getMessage());
    }
}
