package org.fusabi.cli.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.fusabi.vm.Library;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * The library mutated images are compiled and loaded against: every capability, so that every example loads, but
 * each granted over nothing a mutant could harm: no input, an empty read-only directory, no environment variable.
 */
final class FuzzLibrary {
    private FuzzLibrary() {}

    static Library create() {
        Library library = StandardLibrary.create();
        try {
            java.nio.file.Path dir = Files.createTempDirectory("fusabi-fuzz");
            dir.toFile().deleteOnExit();
            FileRoot empty = FileRoot.readOnly(dir);
            Grant.all(InputStream.nullInputStream(), empty, Set.of(), "fuzz.fsx", List.of()).forEach(g -> g.grantTo(library));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return library;
    }
}
