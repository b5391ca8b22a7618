package org.fusabi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A native Lua (lua5.4, luajit) run as a separate process. To measure warm runs as in the JVM, one
 * process runs the program plan.total() times under a driver script and reports each run's
 * os.clock() time on stderr.
 */
final class ExternalLuaEngine implements Engine {
    private static final String TIME_PREFIX = "@@bench ";
    private static final String DRIVER = resource("driver.lua");

    private final String name;
    private final Optional<Path> executable;
    private final Optional<String> version;

    /** {@code command} is a name looked up on PATH, or a path. */
    ExternalLuaEngine(String name, String command) {
        this.name = name;
        this.executable = locate(command);
        this.version = executable.map(ExternalLuaEngine::probeVersion);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> version() {
        return version;
    }

    @Override
    public String output(Program program) throws Exception {
        ProcessRun.Outcome outcome = ProcessRun.run(command(program.luaFile().toString()), "", line -> { });
        requireSuccess(outcome);
        return outcome.stdout();
    }

    @Override
    public Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        List<Long> nanos = new ArrayList<>();
        progress.step(name, program.name(), plan.step(0));
        // "-" makes lua read the driver from stdin; the driver's arguments follow.
        List<String> command = command("-", program.luaFile().toString(),
                Integer.toString(plan.warmup()), Integer.toString(plan.iterations()));
        ProcessRun.Outcome outcome = ProcessRun.run(command, DRIVER, line -> {
            if (line.startsWith(TIME_PREFIX)) {
                nanos.add(Math.round(Double.parseDouble(line.substring(TIME_PREFIX.length())) * 1e9));
                if (nanos.size() < plan.total()) {
                    progress.step(name, program.name(), plan.step(nanos.size()));
                }
            }
        });
        requireSuccess(outcome);
        OutputCheck.require(program.expected().repeat(plan.total()), outcome.stdout(),
                program.name() + ".out repeated " + plan.total() + " times");
        if (nanos.size() != plan.total()) {
            throw new BenchmarkFailure("the driver reported " + nanos.size() + " run times, expected " + plan.total());
        }
        return Measurement.afterWarmup(plan, nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private List<String> command(String... args) throws BenchmarkFailure {
        Path exe = executable.orElseThrow(() -> new BenchmarkFailure(name + " is not installed"));
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private void requireSuccess(ProcessRun.Outcome outcome) throws BenchmarkFailure {
        if (outcome.exitCode() != 0) {
            String errors = outcome.stderr().lines().filter(l -> !l.startsWith(TIME_PREFIX)).reduce((a, b) -> a + " / " + b).orElse("");
            throw new BenchmarkFailure(name + " exited with " + outcome.exitCode() + ": " + errors);
        }
    }

    private static Optional<Path> locate(String command) {
        if (command.contains("/")) {
            return Optional.of(Path.of(command)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /** The first line of {@code -v} up to its copyright notice, e.g. "Lua 5.4.4" or "LuaJIT 2.1.0-beta3". */
    private static String probeVersion(Path executable) {
        try {
            ProcessRun.Outcome outcome = ProcessRun.run(List.of(executable.toString(), "-v"), "", line -> { });
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

    private static String resource(String name) {
        try (InputStream in = ExternalLuaEngine.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
