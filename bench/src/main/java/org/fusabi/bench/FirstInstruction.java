package org.fusabi.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fusabi.compiler.Compiler;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * The work `fus run FILE` does from a path to the script's first instruction, timed: a fresh standard library,
 * the magic check, then either mapping and loading the image or reading, compiling and loading the source, then
 * the interpreter's construction and the verification of the top-level function (the first thing it runs).
 */
final class FirstInstruction {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private FirstInstruction() {}

    /** Nanoseconds from the path to the first instruction. */
    static long time(Path file) throws IOException {
        long start = System.nanoTime();
        Library library = StandardLibrary.create();
        try (Arena arena = Arena.ofConfined()) {
            Image image = ImageFiles.isImage(file)
                    ? Image.load(ImageFiles.map(file, arena), library)
                    : Image.load(Compiler.compileToBytes(file.getFileName().toString(), Files.readString(file), library), library);
            new Interpreter(image, NOWHERE);
            image.main();
            return System.nanoTime() - start;
        }
    }
}
