package org.fusabi.bench;

import java.util.List;
import java.util.Locale;

/** Tells on stderr how a run compares with the committed baseline; the verdict decides the exit status. */
final class BaselineReport {
    private BaselineReport() {
    }

    static boolean passes(Baseline baseline, Results results, double tolerance) {
        long compared = baseline.compared(results);
        List<Baseline.Regression> regressions = baseline.regressions(results, tolerance);
        String limit = String.format(Locale.ROOT, "%.0f%%", tolerance * 100);
        if (compared == 0) {
            System.err.println("baseline check: FAILED, this run measured none of the baseline's ratios");
            return false;
        }
        if (regressions.isEmpty()) {
            System.err.println("baseline check: " + compared + " ratios within " + limit + " of the baseline");
            return true;
        }
        System.err.println("baseline check: FAILED, " + regressions.size() + " of " + compared + " ratios grew by more than " + limit + ":");
        regressions.forEach(r -> System.err.println("  " + r));
        return false;
    }
}
