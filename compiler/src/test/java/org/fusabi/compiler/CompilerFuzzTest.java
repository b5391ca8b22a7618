package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fusabi.vm.Library;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * Damaged scripts must fail with a CompileError (file:line:col), never another exception: the examples and the
 * benchmark programs are mutated at random (inserted tokens, deleted spans, replaced characters) and compiled.
 * Seeded, so a failure reproduces; raise fusabi.fuzz.iterations for a longer run.
 */
class CompilerFuzzTest {
    private static final String[] FRAGMENTS = {"(", ")", "[", "]", "|", "->", "let ", "in ", "match ", "with ", " x ",
        "1", "\"", "'", "fun ", "=", "\n", "    ", ".", "::", "[|", "|]", "{", "}", "<-", "if ", "then ", "else ",
        "rec ", "and ", "type ", "of ", "*", ",", ";", "try ", "finally ", "for ", "do ", "while ", "yield ", "$\"{",
        "%", "_", "Some ", "None", "printfn \"%d\" ", "0x", "1.5e", "(*", "//", "module M =\n", "open ",
        "exception E of int\n"};

    @Test
    void mutatedExamplesOnlyEverFailWithCompileErrors() throws IOException {
        String dir = System.getProperty("fusabi.examples.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "examples folder not configured");
        List<String> sources = new ArrayList<>();
        for (String property : List.of("fusabi.examples.dir", "fusabi.bench.programs.dir")) {
            String folder = System.getProperty(property);
            if (folder == null) continue;
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".fsx")).sorted().toList()) sources.add(Files.readString(p));
            }
        }
        Random random = new Random(20261125);
        Library library = StandardLibrary.create();
        int iterations = Integer.getInteger("fusabi.fuzz.iterations", 3000);
        for (int i = 0; i < iterations; i++) {
            String source = mutate(sources.get(random.nextInt(sources.size())), random);
            try {
                Compiler.compileToBytes("f.fsx", source, library);
            } catch (CompileError expected) {
                assertTrue(expected.pos().line() >= 1, "error without a position for:\n" + source);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("iteration " + i + " escaped as " + e + " for:\n" + source, e);
            }
        }
    }

    private static String mutate(String source, Random random) {
        StringBuilder sb = new StringBuilder(source);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(8)));
                default -> {
                    if (at < sb.length()) sb.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
        }
        return sb.toString();
    }
}
