package org.fusabi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole-process table's runs. For each program, every runtime's output is checked, then the runs go in
 * rounds, one run of every runtime a round (the bare JVM's too), so that the machine's drift and other jobs'
 * load fall on all of them alike and the ratios of one round compare like with like. A runtime that fails a
 * run is dropped from the program's later rounds and reported as failed.
 */
final class InterleavedRuns {
    private final Plan plan;
    private final Progress progress;
    private final Optional<PeakRss> rss;

    InterleavedRuns(Plan plan, Progress progress, Optional<PeakRss> rss) {
        this.plan = plan;
        this.progress = progress;
        this.rss = rss;
    }

    Results run(List<Program> programs, List<ProcessEngine> engines) {
        List<Result> results = new ArrayList<>();
        for (Program program : programs) {
            results.addAll(measure(program, engines));
        }
        return new Results(results);
    }

    /** The program on every engine, one result each, in the engines' order. */
    List<Result> measure(Program program, List<ProcessEngine> engines) {
        Map<ProcessEngine, Result> done = new LinkedHashMap<>();
        Map<ProcessEngine, List<String>> commands = new LinkedHashMap<>();
        for (ProcessEngine engine : engines) {
            if (engine.version().isEmpty()) {
                done.put(engine, Result.notInstalled(program.name(), engine.name()));
                continue;
            }
            try {
                List<String> command = engine.command(program);
                if (engine.runsProgram()) {
                    progress.step(engine.name(), program.name(), "checking output");
                    OutputCheck.require(program.expected(), engine.output(program), program.name() + ".out");
                }
                commands.put(engine, command);
            } catch (Exception e) {
                done.put(engine, failure(program, engine, e));
            }
        }
        Map<ProcessEngine, long[]> nanos = new LinkedHashMap<>();
        Map<ProcessEngine, long[]> peaks = new LinkedHashMap<>();
        commands.keySet().forEach(e -> {
            nanos.put(e, new long[plan.total()]);
            peaks.put(e, new long[plan.total()]);
        });
        for (int i = 0; i < plan.total(); i++) {
            for (ProcessEngine engine : List.copyOf(commands.keySet())) {
                try {
                    progress.step(engine.name(), program.name(), plan.step(i));
                    ProcessEngine.Sample sample = engine.runOnce(commands.get(engine), program, plan.step(i), rss);
                    nanos.get(engine)[i] = sample.nanos();
                    peaks.get(engine)[i] = sample.peakKb();
                } catch (Exception e) {
                    done.put(engine, failure(program, engine, e));
                    commands.remove(engine);
                }
            }
        }
        for (ProcessEngine engine : commands.keySet()) {
            done.put(engine, Result.ok(program.name(), engine.name(),
                    Measurement.afterWarmup(plan, nanos.get(engine), rss.isPresent() ? peaks.get(engine) : null)));
        }
        return engines.stream().map(done::get).toList();
    }

    private static Result failure(Program program, ProcessEngine engine, Exception e) {
        // A runtime's own error is a result to report, not a reason to stop the comparison.
        return Result.failed(program.name(), engine.name(), e instanceof BenchmarkFailure ? e.getMessage() : e.toString());
    }
}
