package org.fusabi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The command line of {@link Compare}. */
record Options(Plan plan, List<String> programs, List<String> runtimes, List<String> processes,
               Path programsDir, Path outDir, Optional<Path> checkBaseline, double tolerance, Optional<Path> writeBaseline,
               boolean fork) {

    static final String USAGE = """
            usage: bench/run.sh [--help] [options]
              --warmup N               warm-up runs per program and runtime, not measured (default 3)
              --iterations N           measured runs per program and runtime (default 7)
              --programs a,b           programs to run (default: every NAME.fsx in the programs directory)
              --runtimes a,b           in-process runtimes, of %s (default: all);
                                       lua5.4 and luajit may name a command to run instead: lua5.4=/opt/lua/bin/lua
              --processes a,b          whole-process runtimes, of %s (default: all;
                                       "none" for none); each may name its command: rhai=/opt/bin/rhai-run
                                       (Rhai's and Rune's also from the environment: RHAI_RUN=..., RUNE=...)
              --programs-dir DIR       where NAME.fsx, NAME.lua, NAME.rhai, NAME.rn and NAME.out are (default: %s)
              --out DIR                where results.json and the charts go (default: %s)
              --check-baseline FILE    exit 3 if a Fusabi ratio in FILE grew by more than the tolerance
              --tolerance X            allowed relative growth of a ratio, e.g. 0.10 for 10%% (default 0.10)
              --write-baseline FILE    write this run's in-process ratios to FILE
              --fork yes|no            time each in-process runtime and program in a fresh JVM (default yes)
            """.formatted(String.join(",", Engines.IN_PROCESS), String.join(",", Engines.PROCESSES),
            home().resolve("programs"), home().resolve("target/results"));

    static Options parse(String... args) {
        int warmup = 3;
        int iterations = 7;
        List<String> programs = null;
        List<String> runtimes = Engines.IN_PROCESS;
        List<String> processes = Engines.PROCESSES;
        Path programsDir = home().resolve("programs");
        Path outDir = home().resolve("target/results");
        Optional<Path> checkBaseline = Optional.empty();
        double tolerance = 0.10;
        Optional<Path> writeBaseline = Optional.empty();
        boolean fork = true;
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
                case "--processes" -> processes = value.equals("none") ? List.of() : list(value);
                case "--programs-dir" -> programsDir = Path.of(value);
                case "--out" -> outDir = Path.of(value);
                case "--check-baseline" -> checkBaseline = Optional.of(Path.of(value));
                case "--tolerance" -> tolerance = fraction(flag, value);
                case "--write-baseline" -> writeBaseline = Optional.of(Path.of(value));
                case "--fork" -> fork = switch (value) {
                    case "yes" -> true;
                    case "no" -> false;
                    default -> throw new IllegalArgumentException("--fork needs yes or no, got " + value);
                };
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new Options(new Plan(warmup, iterations),
                programs == null ? Program.namesIn(programsDir) : programs, runtimes, processes, programsDir, outDir,
                checkBaseline, tolerance, writeBaseline, fork);
    }

    /**
     * The bench module's folder: run.sh passes it, so that the defaults hold from any working directory;
     * without it, the module folder seen from the repository root or from inside the module.
     */
    static Path home() {
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

    private static double fraction(String flag, String value) {
        try {
            double x = Double.parseDouble(value);
            if (x >= 0 && Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below, with the flag
        }
        throw new IllegalArgumentException(flag + " needs a non-negative number such as 0.10, got " + value);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
