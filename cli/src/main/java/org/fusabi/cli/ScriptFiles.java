package org.fusabi.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fusabi.compiler.load.FileAccess;

/**
 * The file access {@code fus} grants scripts for {@code #load}, as {@code dotnet fsi} does: any file, its path taken
 * from a folder, read as the command reads a script ({@link Input}: bounded) and decoded as strict UTF-8.
 */
final class ScriptFiles implements FileAccess {
    private final Path folder;

    ScriptFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Input.readAll(folder.resolve(file)))).toString();
    }
}
