package org.fusabi.compiler.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;

/**
 * How {@code #load} reads script files: through the host's file capability, and the only way the compiler reaches
 * files. {@code fus run}, {@code fus grind} and the REPL read the file system as {@code dotnet fsi} does, unless
 * {@code --sandbox}; an embedding host's file grant is read through ({@link #of}); without one, {@code #load} is a
 * compile error naming the capability.
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

    /**
     * What a host's file grant reaches ({@link org.fusabi.vm.capability.Grant#files}), read as a script's
     * {@code File.ReadAllText} reads it: a path outside the grant's root is refused.
     */
    static FileAccess of(FileRoot root) {
        return file -> {
            try {
                return root.readText(file.toString());
            } catch (ScriptError e) {
                if (e.exception() instanceof NetException x
                        && (x.type == NetExceptionType.FILE_NOT_FOUND || x.type == NetExceptionType.DIRECTORY_NOT_FOUND)) {
                    throw new NoSuchFileException(file.toString());
                }
                throw new IOException(e.exception() instanceof NetException x ? x.message : e.getMessage());
            }
        };
    }

    /** Everything the process may read, paths taken from the working directory. */
    FileAccess FILE_SYSTEM = Files::readString;

    /** Everything the process may read, paths taken from a folder: the script's, when its name leaves the folder out. */
    static FileAccess fileSystem(Path folder) {
        return file -> Files.readString(folder.resolve(file));
    }
}
