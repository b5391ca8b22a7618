package org.fusabi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The comparison as Markdown: where it ran, then one table per section with a row per program, then why any cell has no number. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(Environment env, Plan plan, List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Median ms of %d measured runs after %d warm-up runs; min–max in brackets.%n%n", plan.iterations(), plan.warmup()));
        sb.append("- JDK: ").append(env.jdk()).append('\n');
        sb.append("- OS: ").append(env.os()).append('\n');
        sb.append("- CPU: ").append(env.cpu()).append('\n');
        env.versions().forEach((name, version) -> sb.append("- ").append(name).append(": ").append(version).append('\n'));
        for (Section section : sections) {
            sb.append("\n### ").append(section.title()).append("\n\n").append(section.description()).append("\n\n");
            table(sb, section.results(), section.wholeProcess());
            if (section.wholeProcess()) {
                peaks(sb, section.results());
            }
        }
        return sb.toString();
    }

    /** The Fusabi runs that whole-process ratios are given for: from source and from the image. */
    private static final List<String> FUSABI_PROCESSES = List.of(Engines.FUSABI, Engines.FUSABI_FZB);

    private static void table(StringBuilder sb, Results results, boolean wholeProcess) {
        List<String> engines = results.engines();
        List<Engines.Baseline> baselines = results.baselines();
        List<String> header = new ArrayList<>(List.of("program"));
        header.addAll(engines);
        baselines.forEach(b -> header.add("Fusabi ÷ " + b.label()));
        if (wholeProcess) {
            FUSABI_PROCESSES.forEach(f -> header.add(f + " past the JVM ÷ Lua 5.4"));
            header.add("fzb ÷ fsx");
        }
        MarkdownTable table = new MarkdownTable(header);
        for (String program : results.programs()) {
            List<String> row = new ArrayList<>(List.of(program));
            engines.forEach(engine -> row.add(cell(results.get(program, engine))));
            baselines.forEach(b -> row.add(ratio(results.ratio(program, Engines.FUSABI, b.engine()))));
            if (wholeProcess) {
                FUSABI_PROCESSES.forEach(f -> row.add(ratio(results.ratioPast(program, f, ProcessEngine.BARE_JVM, Engines.LUA54))));
                row.add(ratio(results.ratio(program, Engines.FUSABI_FZB, Engines.FUSABI)));
            }
            table.addRow(row);
        }
        sb.append(table);

        List<Result> failures = results.all().stream().filter(r -> r.status() == Result.Status.FAILED).toList();
        if (!failures.isEmpty()) {
            sb.append("\nFailures:\n\n");
            failures.forEach(f -> sb.append("- ").append(f.program()).append(" on ").append(f.engine())
                    .append(": ").append(f.message().replace("\n", " ")).append('\n'));
        }
    }

    /**
     * Median peak RSS of each runtime's runs, and what Fusabi adds to a bare JVM's, to hold against LuaJIT's whole
     * peak (or "not measured" without /usr/bin/time).
     */
    private static void peaks(StringBuilder sb, Results results) {
        sb.append("\nPeak resident set size, MB (median of the measured runs; GNU time's ru_maxrss, which cannot be "
                + "under about 1 MB, the size of time itself):\n\n");
        List<String> engines = results.engines();
        List<String> header = new ArrayList<>(List.of("program"));
        header.addAll(engines);
        FUSABI_PROCESSES.forEach(f -> header.add(f + " − bare JVM"));
        MarkdownTable table = new MarkdownTable(header);
        for (String program : results.programs()) {
            List<String> row = new ArrayList<>(List.of(program));
            engines.forEach(engine -> row.add(mb(results.peakMb(program, engine))));
            for (String f : FUSABI_PROCESSES) {
                OptionalDouble mine = results.peakMb(program, f);
                OptionalDouble jvm = results.peakMb(program, ProcessEngine.BARE_JVM);
                row.add(mine.isPresent() && jvm.isPresent() ? mb(OptionalDouble.of(mine.getAsDouble() - jvm.getAsDouble())) : "–");
            }
            table.addRow(row);
        }
        sb.append(table);
    }

    private static String mb(OptionalDouble mb) {
        return mb.isPresent() ? String.format(Locale.ROOT, "%.1f", mb.getAsDouble()) : "–";
    }

    private static String cell(Result result) {
        return switch (result.status()) {
            case OK -> ms(result.measurement().medianMs())
                    + " (" + ms(result.measurement().minMs()) + "–" + ms(result.measurement().maxMs()) + ")";
            case FAILED -> "FAILED";
            case NOT_INSTALLED -> "not installed";
        };
    }

    /** Three significant digits or more: LuaJIT runs some programs in a few ms. */
    private static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    private static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : "–";
    }
}
