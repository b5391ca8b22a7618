package org.fusabi.compiler.load;

import java.nio.file.Path;
import org.fusabi.compiler.ast.Source;

/** A file a {@code #load} brought in: its text, its path (as the FileAccess reads it), and the module its definitions live in. */
public record LoadedFile(Source source, Path path, String module) {}
