package org.fusabi.compiler.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How {@code #load} reads script files: the host's file capability, and the only way the compiler reaches files.
 * {@code fus run}, {@code fus grind} and the REPL read the file system; an embedding host grants nothing unless it
 * supplies an access, and then {@code #load} is a compile error naming the capability.
 */
@FunctionalInterface
public interface FileAccess {
    /**
     * The text of a file, as UTF-8; {@link java.nio.file.NoSuchFileException} when there is none. The path is the one
     * diagnostics show: relative to the script's name, as {@code #load} resolves it.
     */
    String read(Path file) throws IOException;

    /** No access: the default of an embedding host. */
    FileAccess NONE = file -> {
        throw new IOException("this host does not grant file access");
    };

    /** Everything the process may read, paths taken from the working directory. */
    FileAccess FILE_SYSTEM = Files::readString;

    /** Everything the process may read, paths taken from a folder: the script's, when its name leaves the folder out. */
    static FileAccess fileSystem(Path folder) {
        return file -> Files.readString(folder.resolve(file));
    }
}
