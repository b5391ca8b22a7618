package org.fusabi.bench;

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
    private static final String DRIVER = Resources.text("capture.lua") + Resources.text("driver.lua");

    private final String name;
    private final Optional<Path> executable;
    private final Optional<String> version;

    /** {@code command} is a name looked up on PATH, or a path. */
    ExternalLuaEngine(String name, String command) {
        this.name = name;
        this.executable = Executables.locate(command);
        this.version = executable.map(exe -> Executables.version(exe, "-v"));
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
}
