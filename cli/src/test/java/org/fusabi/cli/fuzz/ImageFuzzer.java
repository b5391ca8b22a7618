package org.fusabi.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Library;

/**
 * A seeded mutation fuzzer over the images of real scripts. Every input runs in-process ({@link InProcessTarget})
 * under the instruction, time and allocation limits of {@link Outcome}, so a mutated loop costs its budget, not a
 * process restart; every {@code childEvery}-th input also runs in a child JVM ({@link ChildTarget}), the one place a
 * JVM crash would show. A failure is an answer of an unexpected exception type, a worker that dies, or an input
 * that neither finishes nor is stopped by its limits within the timeout.
 *
 * <p>Run it long with {@code java -cp ... org.fusabi.cli.fuzz.ImageFuzzer --inputs 1000000 examples}; docs/FZB.md
 * gives the full command and the last long run's result.
 */
public final class ImageFuzzer {
    record Result(Map<String, Long> outcomes, List<String> failures, long inputs) {}

    private final List<byte[]> corpus;
    private final long timeoutMillis;
    private final long childEvery;
    private final long changeEvery;

    /**
     * {@code childEvery} 0 runs nothing in child JVMs; every {@code changeEvery}-th input (0: none) also runs there
     * from a file that changes while it runs.
     */
    ImageFuzzer(List<byte[]> corpus, long timeoutMillis, long childEvery, long changeEvery) {
        this.corpus = corpus;
        this.timeoutMillis = timeoutMillis;
        this.childEvery = childEvery;
        this.changeEvery = changeEvery;
    }

    /** Images of every .fsx in the folders. */
    static List<byte[]> corpus(List<Path> folders) throws IOException {
        List<byte[]> out = new ArrayList<>();
        Library library = FuzzLibrary.create();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".fsx")).sorted().toList()) {
                    out.add(Compiler.compileFile(p, library));
                }
            }
        }
        return out;
    }

    /** Fuzzes with one thread per seed until the input count or the deadline is reached. */
    Result run(long seed, int threads, long maxInputs, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long[] inputs = {0};
        List<Thread> started = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            long threadSeed = seed + w;
            long share = maxInputs / threads + (w < maxInputs % threads ? 1 : 0);
            Thread t = new Thread(() -> {
                boolean children = childEvery > 0 || changeEvery > 0;
                try (Target inProcess = new InProcessTarget(timeoutMillis); ChildTarget child = children ? new ChildTarget(timeoutMillis) : null) {
                    Mutator mutator = new Mutator(threadSeed);
                    for (long i = 0; i < share && System.nanoTime() < deadline; i++) {
                        byte[] original = corpus.get((int) (i % corpus.size()));
                        byte[] input = mutator.mutate(original);
                        String outcome = inProcess.submit(input);
                        String inChild = childEvery > 0 && i % childEvery == 0 ? child.submit(input) : null;
                        // Half of the changing files start well-formed, so that the change meets a running script.
                        boolean changes = changeEvery > 0 && i % changeEvery == 0;
                        String changing = changes ? child.submit(i % (2 * changeEvery) == 0 ? original : input, threadSeed * 31 + i) : null;
                        synchronized (outcomes) {
                            inputs[0]++;
                            record(outcome, "", threadSeed, i, outcomes, failures);
                            if (inChild != null) record(inChild, "child JVM: ", threadSeed, i, outcomes, failures);
                            if (changing != null) record(changing, "file changing: ", threadSeed, i, outcomes, failures);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    synchronized (outcomes) {
                        failures.add("thread " + threadSeed + ": " + e);
                    }
                }
            });
            t.start();
            started.add(t);
        }
        for (Thread t : started) t.join();
        return new Result(outcomes, failures, inputs[0]);
    }

    private static void record(String outcome, String where, long seed, long input, Map<String, Long> outcomes, List<String> failures) {
        if (outcome.startsWith("FAILURE")) {
            failures.add(where + "seed " + seed + " input " + input + ": " + outcome);
            outcome = "FAILURE";
        }
        outcomes.merge(where + outcome, 1L, Long::sum);
    }

    public static void main(String[] args) throws Exception {
        long inputs = 1_000_000;
        long seconds = Long.MAX_VALUE / 2_000_000_000L;
        long seed = 1;
        int threads = 2;
        long timeout = 5000;
        long childEvery = 100;
        long changeEvery = 20;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--inputs" -> inputs = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--child-every" -> childEvery = Long.parseLong(args[++i]);
                case "--change-every" -> changeEvery = Long.parseLong(args[++i]);
                case "--timeout-ms" -> timeout = Long.parseLong(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        long start = System.nanoTime();
        Result r = new ImageFuzzer(corpus(folders), timeout, childEvery, changeEvery).run(seed, threads, inputs, seconds);
        System.out.printf("%d inputs in %.0f s, seed %d, %d threads, 1 in %d also in a child JVM, 1 in %d from a changing file%n",
                r.inputs(), (System.nanoTime() - start) / 1e9, seed, threads, childEvery, changeEvery);
        r.outcomes().forEach((k, v) -> System.out.printf("  %-36s %d%n", k, v));
        r.failures().stream().limit(20).forEach(f -> System.out.println("  " + f));
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }
}
