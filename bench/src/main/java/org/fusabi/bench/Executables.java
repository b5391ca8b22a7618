package org.fusabi.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Finding a runtime's command on this machine, and asking it its version. */
final class Executables {
    private Executables() {
    }

    /** {@code command} is a name looked up on PATH, or a path; empty when there is no such executable. */
    static Optional<Path> locate(String command) {
        if (command.contains("/")) {
            return Optional.of(Path.of(command)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /** The first line that {@code executable flag} prints, up to any copyright notice ("Lua 5.4.4", "LuaJIT 2.1.0-beta3"). */
    static String version(Path executable, String flag) {
        try {
            ProcessRun.Outcome outcome = ProcessRun.run(List.of(executable.toString(), flag), "", line -> { });
            String firstLine = (outcome.stdout() + outcome.stderr()).lines().findFirst().orElse("");
            String version = firstLine.split("\\s+(--\\s+)?Copyright")[0].trim();
            return version.isEmpty() ? executable + " (version unknown)" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
