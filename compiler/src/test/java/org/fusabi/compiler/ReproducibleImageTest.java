package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.fusabi.vm.Library;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** Compiling the same source twice gives the same bytes, whatever the JVM's identity hashes. */
class ReproducibleImageTest {
    @Test
    void sameSourceSameImage() {
        String source = """
                let rec sum xs =
                    match xs with
                    | [] -> 0
                    | x :: rest -> x + sum rest
                let pairs = [ for (a, b) in [(1, 2); (3, 4)] -> a * b ]
                let f (p, q) r = match (p, r) with | (1, Some z) | (z, None) -> z + q | (x, Some y) -> x + y
                printfn "%d %A %d" (sum [1; 2; 3]) pairs (f (1, 2) (Some 3))
                """;
        Library library = StandardLibrary.create();
        byte[] first = Compiler.compileToBytes("r.fsx", source, library);
        for (int i = 0; i < 5; i++) {
            System.gc();
            assertArrayEquals(first, Compiler.compileToBytes("r.fsx", source, library));
        }
    }
}
