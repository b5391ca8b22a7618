package org.fusabi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times an in-process runtime in a fresh JVM for each program, as JMH forks: in one long-lived JVM the
 * interpreters' dispatch loops are compiled with the profile of every program run before, which made some
 * programs several times slower than in a JVM of their own. The child is {@link TimeOne}, started with this
 * JVM's class path and options; it checks the output and prints the measured run times.
 */
final class ForkedEngine implements Engine {
    private final Engine local;
    private final String spec;
    private final Path programsDir;

    ForkedEngine(Engine local, String spec, Path programsDir) {
        this.local = local;
        this.spec = spec;
        this.programsDir = programsDir;
    }

    @Override
    public String name() {
        return local.name();
    }

    @Override
    public Optional<String> version() {
        return local.version();
    }

    @Override
    public String output(Program program) throws Exception {
        return local.output(program);
    }

    @Override
    public Measurement time(Program program, Plan plan, Progress progress) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TimeOne.class.getName(),
                spec, programsDir.toString(), program.name(), String.valueOf(plan.warmup()), String.valueOf(plan.iterations())));
        progress.step(name(), program.name(), "timing in a fresh JVM");
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> nanos = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(TimeOne.SAMPLE)) nanos.add(Long.parseLong(line.substring(TimeOne.SAMPLE.length())));
                else other.append(line).append('\n');
            }
        }
        int status = child.waitFor();
        if (status != 0 || nanos.size() != plan.iterations()) {
            throw new BenchmarkFailure("the timing JVM exited with status " + status + ": " + other.toString().strip());
        }
        return new Measurement(nanos.stream().mapToLong(Long::longValue).toArray());
    }
}
