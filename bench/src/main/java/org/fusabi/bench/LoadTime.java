package org.fusabi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.Compiler;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * In-process time from a path to the first instruction ({@link FirstInstruction}), for generated scripts whose
 * images are about 10 KB, 1 MB and 10 MB and for a 4,000-function script, each run from its .fzb and from its
 * source. Rounds are interleaved (every case once per round) so that noise from other processes spreads evenly;
 * the first rounds warm the JIT and are not counted. Prints a Markdown table of medians.
 *
 * <p>Usage: {@code java -cp ... org.fusabi.bench.LoadTime [ROUNDS [WARMUP]]}
 */
public final class LoadTime {
    private static final List<GeneratedScript> SCRIPTS = List.of(
            new GeneratedScript("10 KB", 30, 12),
            new GeneratedScript("1 MB", 100, 420),
            new GeneratedScript("10 MB", 100, 4200),
            new GeneratedScript("4,000 functions", 4000, 3));

    private LoadTime() {}

    /** The parser recurses once per statement of a block, so the 4,200-statement functions need a deep stack. */
    private static final long COMPILER_STACK = 1L << 30;

    public static void main(String[] args) throws Exception {
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                measure(args);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "load-time", COMPILER_STACK);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] != null) throw (Error) failure[0];
    }

    private static void measure(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("fusabi-load");
        Map<String, Path> images = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (GeneratedScript s : SCRIPTS) {
            Path source = dir.resolve("s" + images.size() + ".fsx");
            Files.writeString(source, s.source());
            Path image = dir.resolve("s" + images.size() + ".fzb");
            ImageFiles.writeAtomically(image, Compiler.compileToBytes(source.getFileName().toString(), Files.readString(source), StandardLibrary.create()));
            images.put(s.name() + " image", image);
            sources.put(s.name() + " source", source);
            sizes.put(s.name(), Files.size(image));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int r = 0; r < warmup + rounds; r++) {
            // Images before sources, so a collection of the garbage a compile leaves seldom falls into an image case,
            // and each round starts at another case, so the first case's position does not always cost one case.
            List<Map.Entry<String, Path>> order = new ArrayList<>(images.entrySet());
            Collections.rotate(order, r);
            List<Map.Entry<String, Path>> compiled = new ArrayList<>(sources.entrySet());
            Collections.rotate(compiled, r);
            order.addAll(compiled);
            for (var c : order) {
                long t = FirstInstruction.time(c.getValue());
                if (r >= warmup) times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(t);
            }
        }
        System.out.printf("%d rounds after %d warm-up rounds, medians%n%n", rounds, warmup);
        System.out.println("| script | image size | from .fzb | from source | source ÷ .fzb |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (GeneratedScript s : SCRIPTS) {
            double image = median(times.get(s.name() + " image"));
            double source = median(times.get(s.name() + " source"));
            System.out.printf("| %s (%d × %d lines) | %,d bytes | %.3f ms | %.1f ms | %.0f× |%n", s.name(), s.functions(), s.lines(),
                    sizes.get(s.name()), image / 1e6, source / 1e6, source / image);
        }
        for (Path p : images.values()) Files.delete(p);
        for (Path p : sources.values()) Files.delete(p);
        Files.delete(dir);
    }

    private static double median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
    }
}
