package org.fusabi.bench;

/**
 * One table of the report: its results and what its times mean ({@code key} names it in results.json and the chart
 * file); a whole-process section also has the bare JVM's runs, a peak RSS table and the ratios past the JVM's start.
 */
record Section(String key, String title, String description, Results results, boolean wholeProcess) {

    /** forked: each runtime and program was timed in a JVM of its own (--fork yes), not in the harness's. */
    static Section inProcess(Results results, boolean forked) {
        return new Section("in_process", "Warm in-process time per program run",
                (forked ? "Each runtime and program runs in a fresh JVM started by the harness"
                        : "Every runtime runs in the harness's JVM")
                        + " (native Luas through JNR-FFI, or as a process under driver.lua where their library is "
                        + "missing), timed with System.nanoTime around one run of the program after warm-up runs in "
                        + "the same process.",
                results, false);
    }

    static Section wholeProcess(Results results) {
        return new Section("whole_process", "Whole-process time per program run",
                "A fresh process for every run (`bin/fus run NAME.fsx`, `bin/fus run NAME.fzb`, `lua5.4 NAME.lua`, ...), "
                        + "timed with the wall clock from start to exit: start-up, compilation and the cold run included; "
                        + "bare-jvm is `java Hello` on the same JDK, the least a JVM process takes. The runs are "
                        + "interleaved: each round runs every runtime once. \"Past the JVM\" ratios are (Fusabi − bare JVM) "
                        + "÷ Lua 5.4, both medians of this run: at most 1 means no slower than Lua 5.4 plus a JVM's start. "
                        + "The \"warm-up\" rounds only warm the file cache.",
                results, true);
    }
}
