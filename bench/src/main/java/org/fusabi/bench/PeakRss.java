package org.fusabi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A process's peak resident set size, as GNU time reports it (getrusage's ru_maxrss of the child it forks and
 * waits for). The JVM cannot ask for a child's rusage, and a child it spawns itself would report the JVM's own
 * peak: on Linux a child started by vfork (as posix_spawn does) inherits its parent's peak in ru_maxrss at exec.
 * GNU time forks from a process of about 1 MB, which is therefore the least it can report.
 */
final class PeakRss {
    private static final Path TIME = Path.of("/usr/bin/time");
    private final Path report;

    private PeakRss(Path report) {
        this.report = report;
    }

    /** Measures through /usr/bin/time, if it is there (Debian's package "time"). */
    static Optional<PeakRss> find() throws IOException {
        if (!Files.isExecutable(TIME)) {
            return Optional.empty();
        }
        Path report = Files.createTempFile("fusabi-bench-rss", ".txt");
        report.toFile().deleteOnExit();
        return Optional.of(new PeakRss(report));
    }

    /** The command run under time, which writes the peak to its report file rather than to the command's stderr. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of(TIME.toString(), "-f", "%M", "-o", report.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** The peak of the last wrapped command, in KB. */
    long lastKb() throws IOException {
        List<String> lines = Files.readAllLines(report);
        try {
            return Long.parseLong(lines.getLast().trim());
        } catch (RuntimeException e) {
            throw new IOException("cannot read a peak RSS from /usr/bin/time's report: " + lines, e);
        }
    }
}
