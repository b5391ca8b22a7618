package org.fusabi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fusabi.loader.ImageMapper;

/** What a command line asks {@code fus} to do, once parsed ({@link FastRun}, {@link Commands}). */
sealed interface Request {
    /** A command on one script or image. */
    sealed interface OnFile extends Request {
        Path file();
    }

    /** {@code fus run}: the mapper of an image (empty: the JDK's FFM mapping), no capabilities when sandboxed. */
    record Run(Path file, Optional<ImageMapper> mapper, boolean sandbox, List<String> args) implements OnFile {}

    /** {@code fus grind}; the output defaults to the file with the extension {@code .fzb}. */
    record Grind(Path file, Optional<Path> output) implements OnFile {}

    record Check(Path file) implements OnFile {}

    record Disasm(Path file) implements OnFile {}

    record Repl() implements Request {}

    /** Nothing left to do: help, the version or the completion script was printed, or a usage error reported. */
    record Done(int status) implements Request {}
}
