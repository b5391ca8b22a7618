package org.fusabi.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.fusabi.loader.ImageMapper;

/**
 * {@code fus run [--sandbox] [--mapper=M] FILE [ARGS...]} read without picocli, which would cost a run 130-170 ms of
 * start-up: its class files (Java 5) cannot enter the AOT cache, and building its model runs cold
 * (docs/BENCHMARKS.md, "The command line on picocli"). bin/fus counts on this for an image: its class path for
 * {@code run FILE} leaves picocli out. Only the shape that picocli parses the same way is taken here: every option
 * once, in its {@code --name=value} form, then a FILE that does not start with '-'. Anything else (help, a mistake,
 * another command) is left to {@link Commands}, which declares these options and reports every usage error.
 */
final class FastRun {
    private FastRun() {}

    /** The run the arguments ask for, or null when they need picocli. */
    static Request.Run parse(String[] args) {
        if (args.length < 2 || !args[0].equals(Commands.RUN)) return null;
        boolean sandbox = false;
        Optional<ImageMapper> mapper = Optional.empty();
        int i = 1;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            String option = args[i];
            if (option.equals(Commands.SANDBOX) && !sandbox) {
                sandbox = true;
            } else if (option.startsWith(Commands.MAPPER + "=") && mapper.isEmpty()) {
                try {
                    mapper = Optional.of(ImageMapper.named(option.substring(Commands.MAPPER.length() + 1)));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (i == args.length) return null;
        try {
            return new Request.Run(Path.of(args[i]), mapper, sandbox, Arrays.asList(args).subList(i + 1, args.length));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
