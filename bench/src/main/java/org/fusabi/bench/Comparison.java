package org.fusabi.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs every program on every runtime: output checked first, then timed; never a number for a wrong answer. */
final class Comparison {
    private final Plan plan;
    private final Progress progress;

    Comparison(Plan plan, Progress progress) {
        this.plan = plan;
        this.progress = progress;
    }

    Results run(List<Program> programs, List<Engine> engines) {
        List<Result> results = new ArrayList<>();
        for (Program program : programs) {
            for (Engine engine : engines) {
                results.add(measure(program, engine));
            }
        }
        return new Results(results);
    }

    private Result measure(Program program, Engine engine) {
        if (engine.version().isEmpty()) {
            return Result.notInstalled(program.name(), engine.name());
        }
        try {
            progress.step(engine.name(), program.name(), "checking output");
            OutputCheck.require(program.expected(), engine.output(program), program.name() + ".out");
            return Result.ok(program.name(), engine.name(), engine.time(program, plan, progress));
        } catch (BenchmarkFailure e) {
            return Result.failed(program.name(), engine.name(), e.getMessage());
        } catch (Exception | StackOverflowError e) {
            // A runtime's own error (a LuaError, a VM bug) is a result to report, not a reason to stop the comparison.
            return Result.failed(program.name(), engine.name(), e.toString());
        }
    }
}
