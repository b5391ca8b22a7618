package org.fusabi.loader.chronicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fusabi.compiler.Compiler;
import org.fusabi.loader.ImageMapper;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.InvalidImageException;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chronicle backend behind the same loader and verifier: every example prints what the FFM mapping prints. */
class ChronicleMapperTest {
    private static final ImageMapper CHRONICLE = ImageMapper.named("chronicle");
    private static final ImageMapper FFM = ImageMapper.named("ffm");

    @TempDir
    Path dir;

    @Test
    void everyExampleRunsTheSameFromBothMappings() throws IOException {
        String examples = System.getProperty("fusabi.examples.dir");
        assumeTrue(examples != null && Files.isDirectory(Path.of(examples)), "examples folder not configured");
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of(examples))) {
            sources = s.filter(p -> p.toString().endsWith(".fsx")).sorted().toList();
        }
        for (Path source : sources) {
            Path image = dir.resolve(source.getFileName() + ".fzb");
            Files.write(image, Compiler.compileFile(source, library(source)));
            assertEquals(run(image, FFM, library(source)), run(image, CHRONICLE, library(source)), source.toString());
        }
    }

    @Test
    void aDamagedImageIsRefusedByTheVerifier() throws IOException {
        byte[] good = Compiler.compileToBytes("t.fsx", "printfn \"%d\" (1 + 2)\n", StandardLibrary.create());
        Path truncated = dir.resolve("truncated.fzb");
        Files.write(truncated, Arrays.copyOf(good, good.length - 5));
        assertThrows(InvalidImageException.class, () -> run(truncated, CHRONICLE, StandardLibrary.create()));
        Path empty = dir.resolve("empty.fzb");
        Files.write(empty, new byte[0]);
        assertThrows(InvalidImageException.class, () -> run(empty, CHRONICLE, StandardLibrary.create()));
    }

    /** Every capability, over nothing an example could change: no input, its own folder read-only, no environment. */
    private static Library library(Path source) {
        Library library = StandardLibrary.create();
        Grant.all(InputStream.nullInputStream(), FileRoot.readOnly(source.getParent()), Set.of(), source.toString(), List.of())
                .forEach(g -> g.grantTo(library));
        return library;
    }

    private static String run(Path image, ImageMapper mapper, Library library) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            Image loaded = Image.load(mapper.map(image, arena), library);
            new Interpreter(loaded, out, out).run();
        } catch (ScriptError e) {
            out.println(e.render());
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
