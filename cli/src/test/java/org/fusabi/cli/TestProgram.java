package org.fusabi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A program the golden tests run, with the arguments it gets and the file holding what it must print. Each program
 * is kept once: the examples, and the benchmark programs, which the tests run at a small size given as their
 * argument (NAME.fsx run with N prints NAME.N.out; NAME.out is the benchmark's own size, for the bench module).
 */
record TestProgram(Path source, List<String> args, Path expected) {
    private static final Pattern WITH_ARGUMENT = Pattern.compile("(.+)\\.([^.]+)\\.out");

    /** The program and its arguments, as a test is named. */
    String name() {
        return String.join(" ", Stream.concat(Stream.of(source.getFileName().toString()), args.stream()).toList());
    }

    /** Every example, then the benchmark programs at their small sizes. */
    static List<TestProgram> examplesAndBenchmarks() throws IOException {
        List<TestProgram> all = new ArrayList<>(in(GoldenTest.dir("fusabi.examples.dir"), true));
        all.addAll(in(GoldenTest.dir("fusabi.bench.programs.dir"), false));
        return all;
    }

    /** The programs of a folder: NAME.fsx with NAME.out if withoutArguments, and with N for each NAME.N.out. */
    static List<TestProgram> in(Path folder, boolean withoutArguments) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        List<TestProgram> programs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Matcher m = WITH_ARGUMENT.matcher(name);
            if (name.endsWith(".fsx") && withoutArguments) {
                programs.add(new TestProgram(f, List.of(), f.resolveSibling(name.replaceAll("\\.fsx$", ".out"))));
            } else if (m.matches() && Files.exists(f.resolveSibling(m.group(1) + ".fsx"))) {
                programs.add(new TestProgram(f.resolveSibling(m.group(1) + ".fsx"), List.of(m.group(2)), f));
            }
        }
        return programs;
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
