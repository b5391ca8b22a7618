package org.fusabi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The program folders the golden tests run: examples/ with the benchmark programs at their small sizes
 * ({@link TestProgram}), ../shared/conformance and ../shared/conformance-next, whose programs that do not pass yet
 * are listed in the resource conformance-next/pending.txt (see the README beside it).
 */
final class ConformanceSuites {
    static final String EXAMPLES = "fusabi.examples.dir";
    static final String CONFORMANCE = "fusabi.conformance.dir";
    static final String NEXT = "fusabi.conformance.next.dir";
    static final String BENCHMARKS = "fusabi.bench.programs.dir";

    private ConformanceSuites() {}

    /** The folder a system property names, or null when it is not set or does not exist. */
    static Path folder(String property) {
        String d = System.getProperty(property);
        return d == null || !Files.isDirectory(Path.of(d)) ? null : Path.of(d);
    }

    /** The .fsx programs directly in a folder, sorted. */
    static List<Path> programs(Path folder) {
        return files(folder).stream().filter(p -> p.toString().endsWith(".fsx")).toList();
    }

    /** The files directly in a folder, sorted. */
    static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The programs of a folder that must pass: for conformance-next, all but the pending ones. */
    static List<Path> passing(String property) {
        Path folder = folder(property);
        if (folder == null) return List.of();
        return programs(folder).stream().filter(p -> !property.equals(NEXT) || !isPending(folder, p)).toList();
    }

    /** The runs of a suite that must pass: its passing programs, and for the examples the benchmark programs too. */
    static List<TestProgram> passingRuns(String property) {
        List<TestProgram> runs = new ArrayList<>(passing(property).stream().map(TestProgram::of).toList());
        if (property.equals(EXAMPLES) && folder(EXAMPLES) != null) runs.addAll(TestProgram.benchmarks());
        return runs;
    }

    /** Whether a program of conformance-next (or of its errors/ folder) is on the pending list. */
    static boolean isPending(Path nextFolder, Path program) {
        return pending().contains(nextFolder.relativize(program).toString());
    }

    static Set<String> pending() {
        try (InputStream in = ConformanceSuites.class.getResourceAsStream("/conformance-next/pending.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
