package org.fusabi.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Types whose printed form is exponentially longer than the parts inference made. Regression: composing
 * {@code let p x = (x, x)} 24 times took 6.8 s and 1.7 GB to check, 26 times 28 s and 5.9 GB; 64 times would never
 * have ended.
 */
class SharedTypesTest {
    private static final String COMPOSED = "let p x = (x, x)\nlet f = " + "p >> ".repeat(63) + "p\n";
    private final Library library = StandardLibrary.create();

    @Test
    @Timeout(60)
    void aTypeOfExponentiallyManyPathsIsInferredInTimeAndNotExported() {
        String source = COMPOSED + "let g x = f x\nlet n = List.length [g 1; g 2]\n";
        List<String> exported = Image.load(Compiler.compileToBytes("p.fsx", source, library), library).exports().stream()
                .map(Export::name).toList();
        assertEquals(List.of("p", "n"), exported.stream().filter(n -> !n.equals("f") && !n.equals("g")).toList());
        assertEquals(List.of(), exported.stream().filter(n -> n.equals("f") || n.equals("g")).toList(), "types longer than a name");
    }

    @Test
    @Timeout(60)
    void aMessageDoesNotPrintIt() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.check(COMPOSED + "let x : int = f 1\n", library));
        assertEquals("This expression was expected to have type 'int' but here has type '(a type too long to print)'", e.getMessage());
    }
}
