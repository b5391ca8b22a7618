package org.fusabi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The machine and runtime versions a comparison ran on, for its report: times mean little without them. */
record Environment(String jdk, String os, String cpu, Map<String, String> versions) {

    /** Versions of the in-process runtimes under their names, of the whole-process ones as "NAME (process)". */
    static Environment probe(List<? extends Engine> inProcess, List<? extends Engine> processes) {
        Map<String, String> versions = new LinkedHashMap<>();
        inProcess.forEach(e -> versions.put(e.name(), e.version().orElse("not installed")));
        processes.forEach(e -> versions.put(e.name() + " (process)", e.version().orElse("not installed")));
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String distribution = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME=");
        if (!distribution.isEmpty()) {
            os = distribution.replace("\"", "") + ", " + os;
        }
        String model = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String cpu = (model.isEmpty() ? "unknown CPU" : model.replaceFirst("^\\s*:\\s*", ""))
                + ", " + Runtime.getRuntime().availableProcessors() + " logical CPUs";
        return new Environment(jdk, os, cpu, versions);
    }

    /** The rest of the first line starting with {@code key}, or "" when the file or line is missing. */
    private static String firstValue(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(key.length()).trim()).orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
