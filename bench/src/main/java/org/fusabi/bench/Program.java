package org.fusabi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One benchmark: the same algorithm as NAME.fsx, NAME.lua, NAME.rhai and NAME.rn, each of which must print NAME.out. */
record Program(String name, String fsxSource, Path luaFile, String luaSource, String expected) {

    static Program load(Path dir, String name) {
        try {
            Path luaFile = dir.resolve(name + ".lua");
            return new Program(name,
                    Files.readString(dir.resolve(name + ".fsx")),
                    luaFile,
                    Files.readString(luaFile),
                    Files.readString(dir.resolve(name + ".out")));
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark program " + name + " is incomplete in " + dir, e);
        }
    }

    /** The program's version in another language, by file extension (".rhai"); it may not exist. */
    Path file(String extension) {
        return luaFile.resolveSibling(name + extension);
    }

    /**
     * Every program in the directory, found by its Fusabi source, so that adding one needs no code. (NAME.N.out
     * beside it is the output of the Fusabi program at a small size N, for the golden tests.)
     */
    static List<String> namesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".fsx"))
                    .map(f -> f.substring(0, f.length() - ".fsx".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list benchmark programs in " + dir, e);
        }
    }
}
