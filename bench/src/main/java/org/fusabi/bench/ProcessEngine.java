package org.fusabi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runtime started as a fresh process for every run, timed by the wall clock from start to exit: what a user
 * waits for on the command line, start-up included. The whole-process table is made of these.
 */
final class ProcessEngine implements Engine {
    /** Which file the runtime runs for a program; may create it (a .fzb), outside timing. */
    @FunctionalInterface
    interface ScriptFile {
        Path of(Program program) throws Exception;
    }

    private final String name;
    private final Optional<Path> executable;
    private final List<String> arguments;
    private final ScriptFile scriptFile;
    private final Optional<String> version;

    /** Runs {@code executable arguments... FILE}; {@code versionFlag} null means: report the path only. */
    ProcessEngine(String name, Optional<Path> executable, List<String> arguments, ScriptFile scriptFile, String versionFlag) {
        this.name = name;
        this.executable = executable;
        this.arguments = List.copyOf(arguments);
        this.scriptFile = scriptFile;
        this.version = executable.map(exe -> versionFlag == null ? exe.toString() : Executables.version(exe, versionFlag));
    }

    /** The program's file in one language, by extension. */
    static ScriptFile source(String extension) {
        return program -> program.file(extension);
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
        return run(command(program)).stdout();
    }

    @Override
    public Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        List<String> command = command(program);
        long[] nanos = new long[plan.total()];
        for (int i = 0; i < nanos.length; i++) {
            progress.step(name, program.name(), plan.step(i));
            long start = System.nanoTime();
            ProcessRun.Outcome outcome = run(command);
            nanos[i] = System.nanoTime() - start;
            OutputCheck.require(program.expected(), outcome.stdout(), program.name() + ".out (" + plan.step(i) + ")");
        }
        return Measurement.afterWarmup(plan, nanos);
    }

    private List<String> command(Program program) throws Exception {
        Path exe = executable.orElseThrow(() -> new BenchmarkFailure(name + " is not installed"));
        Path file = scriptFile.of(program);
        if (!Files.isRegularFile(file)) {
            throw new BenchmarkFailure("no " + file.getFileName() + " in " + file.getParent());
        }
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(arguments);
        command.add(file.toString());
        return command;
    }

    private ProcessRun.Outcome run(List<String> command) throws Exception {
        ProcessRun.Outcome outcome = ProcessRun.run(command, "", line -> { });
        if (outcome.exitCode() != 0) {
            throw new BenchmarkFailure(name + " exited with " + outcome.exitCode() + ": "
                    + outcome.stderr().lines().reduce((a, b) -> a + " / " + b).orElse(""));
        }
        return outcome;
    }
}
