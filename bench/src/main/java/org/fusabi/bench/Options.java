package org.fusabi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link Compare}. */
record Options(Plan plan, List<String> programs, List<String> runtimes, Path programsDir, Path outDir) {

    static final String USAGE = """
            usage: bench/run.sh [--help] [options]
              --warmup N            warm-up runs per program and runtime, not measured (default 3)
              --iterations N        measured runs per program and runtime (default 7)
              --programs a,b        programs to run (default: every NAME.out in the programs directory)
              --runtimes a,b        of %s (default: all); a native Lua may name its
                                    command: lua5.4=/opt/lua/bin/lua
              --programs-dir DIR    where NAME.fsx, NAME.lua and NAME.out are (default: %s)
              --out DIR             where results.json goes (default: %s)
            """.formatted(String.join(",", Engines.ALL), home().resolve("programs"), home().resolve("target/results"));

    static Options parse(String... args) {
        int warmup = 3;
        int iterations = 7;
        List<String> programs = null;
        List<String> runtimes = Engines.ALL;
        Path programsDir = home().resolve("programs");
        Path outDir = home().resolve("target/results");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--warmup" -> warmup = number(flag, value);
                case "--iterations" -> iterations = number(flag, value);
                case "--programs" -> programs = list(value);
                case "--runtimes" -> runtimes = list(value);
                case "--programs-dir" -> programsDir = Path.of(value);
                case "--out" -> outDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new Options(new Plan(warmup, iterations),
                programs == null ? Program.namesIn(programsDir) : programs, runtimes, programsDir, outDir);
    }

    /**
     * The bench module's folder: run.sh passes it, so that the defaults hold from any working directory;
     * without it, the module folder seen from the repository root or from inside the module.
     */
    private static Path home() {
        String property = System.getProperty("fusabi.bench.home");
        if (property != null) {
            return Path.of(property);
        }
        return Files.isDirectory(Path.of("bench", "programs")) ? Path.of("bench") : Path.of(".");
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got " + value);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
