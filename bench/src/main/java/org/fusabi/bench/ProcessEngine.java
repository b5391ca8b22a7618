package org.fusabi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runtime started as a fresh process for every run, timed by the wall clock from start to exit: what a user
 * waits for on the command line, start-up included. The whole-process table is made of these, timed in
 * interleaved rounds ({@link InterleavedRuns}); {@link #bareJvm} is the reference for what any JVM costs.
 */
final class ProcessEngine implements Engine {
    /** The arguments that follow the runtime's own for a program; may create a file (a .fzb), outside timing. */
    @FunctionalInterface
    interface ScriptArguments {
        List<String> of(Program program) throws Exception;
    }

    /** One timed run: wall time, and peak RSS in KB or -1 when it is not measured. */
    record Sample(long nanos, long peakKb) {
    }

    static final String BARE_JVM = "bare-jvm";

    private final String name;
    private final Optional<Path> executable;
    private final List<String> arguments;
    private final ScriptArguments scriptArguments;
    private final Optional<String> version;
    /** Whether it runs the program, and so must print its expected output (the bare JVM only says hello). */
    private final boolean runsProgram;

    private ProcessEngine(String name, Optional<Path> executable, List<String> arguments, ScriptArguments scriptArguments,
                          Optional<String> version, boolean runsProgram) {
        this.name = name;
        this.executable = executable;
        this.arguments = List.copyOf(arguments);
        this.scriptArguments = scriptArguments;
        this.version = version;
        this.runsProgram = runsProgram;
    }

    /** Runs {@code executable arguments... FILE}; {@code versionFlag} null means: report the path only. */
    ProcessEngine(String name, Optional<Path> executable, List<String> arguments, ScriptArguments scriptArguments, String versionFlag) {
        this(name, executable, arguments, scriptArguments,
                executable.map(exe -> versionFlag == null ? exe.toString() : Executables.version(exe, versionFlag)), true);
    }

    /** The program's file in one language, by extension. */
    static ScriptArguments source(String extension) {
        return program -> List.of(existing(program.file(extension)).toString());
    }

    /** A file the runtime runs, which must be there. */
    static Path existing(Path file) throws BenchmarkFailure {
        if (!Files.isRegularFile(file)) {
            throw new BenchmarkFailure("no " + file.getFileName() + " in " + file.getParent());
        }
        return file;
    }

    /** {@code java -cp DIR org.fusabi.bench.Hello} with the JDK of javaHome and its default flags, for every program. */
    static ProcessEngine bareJvm(Path javaHome) throws IOException {
        Path dir = Files.createTempDirectory("fusabi-bench-hello");
        Path classFile = dir.resolve(Hello.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        try (InputStream in = Hello.class.getResourceAsStream(Hello.class.getSimpleName() + ".class")) {
            Files.write(classFile, in.readAllBytes());
        }
        classFile.toFile().deleteOnExit();
        classFile.getParent().toFile().deleteOnExit();
        Path java = javaHome.resolve("bin/java");
        return new ProcessEngine(BARE_JVM, Optional.of(java).filter(Files::isExecutable),
                List.of("-cp", dir.toString(), Hello.class.getName()), program -> List.of(),
                Optional.of("java " + Hello.class.getSimpleName() + ", " + System.getProperty("java.runtime.version")), false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> version() {
        return version;
    }

    boolean runsProgram() {
        return runsProgram;
    }

    @Override
    public String output(Program program) throws Exception {
        return run(command(program)).stdout();
    }

    /** All runs in a row; the whole-process table interleaves them instead ({@link InterleavedRuns}). */
    @Override
    public Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        return new InterleavedRuns(plan, progress, Optional.empty()).measure(program, List.of(this)).getFirst().measurement();
    }

    /** The command that runs the program; its file is made here, outside timing. */
    List<String> command(Program program) throws Exception {
        Path exe = executable.orElseThrow(() -> new BenchmarkFailure(name + " is not installed"));
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(arguments);
        command.addAll(scriptArguments.of(program));
        return command;
    }

    /** One timed run of the command, its output checked against the program's (unless it does not run it). */
    Sample runOnce(List<String> command, Program program, String step, Optional<PeakRss> rss) throws Exception {
        List<String> timed = rss.map(r -> r.wrap(command)).orElse(command);
        long start = System.nanoTime();
        ProcessRun.Outcome outcome = run(timed);
        long nanos = System.nanoTime() - start;
        if (runsProgram) {
            OutputCheck.require(program.expected(), outcome.stdout(), program.name() + ".out (" + step + ")");
        }
        return new Sample(nanos, rss.isPresent() ? rss.get().lastKb() : -1);
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
