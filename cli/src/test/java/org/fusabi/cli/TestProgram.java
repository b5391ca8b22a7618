package org.fusabi.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fusabi.vm.Library;

/**
 * A program the golden tests run, with the arguments it gets and the file holding what it must print. Each program
 * is kept once: the benchmark programs are not copied into examples/, the tests run them at a small size given as
 * their argument (NAME.fsx run with N must print NAME.N.out; NAME.out is the benchmark's own size, which the bench
 * module's tests run).
 */
record TestProgram(Path source, List<String> args, Path expected) {
    private static final Pattern SMALL_RUN = Pattern.compile("(.+)\\.([^.]+)\\.out");

    /** A program run without arguments, which must print NAME.out. */
    static TestProgram of(Path source) {
        return new TestProgram(source, List.of(), Path.of(source.toString().replaceAll("\\.fsx$", ".out")));
    }

    /** The benchmark programs at their small sizes, or none where the folder is not configured. */
    static List<TestProgram> benchmarks() {
        Path folder = ConformanceSuites.folder(ConformanceSuites.BENCHMARKS);
        if (folder == null) return List.of();
        return ConformanceSuites.files(folder).stream().map(TestProgram::smallRun).filter(p -> p != null).toList();
    }

    private static TestProgram smallRun(Path expected) {
        Matcher m = SMALL_RUN.matcher(expected.getFileName().toString());
        if (!m.matches()) return null;
        Path source = expected.resolveSibling(m.group(1) + ".fsx");
        return Files.exists(source) ? new TestProgram(source, List.of(m.group(2)), expected) : null;
    }

    /** What the program reads as its standard input: NAME.in beside it, or nothing. */
    byte[] input() throws IOException {
        Path in = Path.of(source.toString().replaceAll("\\.fsx$", ".in"));
        return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
    }

    /** What {@code fus run} grants the program, with its {@link #input} and its arguments. */
    Library library() throws IOException {
        return HostLibrary.create(false, new ByteArrayInputStream(input()), source.toString(), args);
    }

    /** The program and its arguments, as a test is named. */
    String name() {
        return String.join(" ", Stream.concat(Stream.of(source.getFileName().toString()), args.stream()).toList());
    }

    /** fus run SOURCE ARGS... */
    String[] runCommand() {
        return runCommand(source);
    }

    /** fus run FILE ARGS..., for this program or its image. */
    String[] runCommand(Path file) {
        return Stream.concat(Stream.of("run", file.toString()), args.stream()).toArray(String[]::new);
    }
}
