package org.fusabi.cli.fuzz;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Library;

/**
 * A seeded mutation fuzzer over the images of real scripts. Inputs run in {@link FuzzWorker} child processes;
 * a failure is an answer of an unexpected exception type, a worker that dies (a JVM crash), or a worker that stops
 * answering before the image was verified (a hang in the loader or verifier). A verified script still running at
 * the timeout is a legitimate outcome (a mutated loop bound) and only costs a worker restart.
 *
 * <p>Run it long with {@code java -cp ... org.fusabi.cli.fuzz.ImageFuzzer --inputs 1000000 examples}; docs/FZB.md
 * gives the full command and the last long run's result.
 */
public final class ImageFuzzer {
    record Result(Map<String, Long> outcomes, List<String> failures, long inputs) {}

    private final List<byte[]> corpus;
    private final long timeoutMillis;

    ImageFuzzer(List<byte[]> corpus, long timeoutMillis) {
        this.corpus = corpus;
        this.timeoutMillis = timeoutMillis;
    }

    /** Images of every .fsx in the folders. */
    static List<byte[]> corpus(List<Path> folders) throws IOException {
        List<byte[]> out = new ArrayList<>();
        Library library = Library.standard();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".fsx")).sorted().toList()) {
                    out.add(Compiler.compileToBytes(p.getFileName().toString(), Files.readString(p), library));
                }
            }
        }
        return out;
    }

    /** Fuzzes with one worker per seed until the input count or the deadline is reached. */
    Result run(long seed, int workers, long maxInputs, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long[] inputs = {0};
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long workerSeed = seed + w;
            long share = maxInputs / workers + (w < maxInputs % workers ? 1 : 0);
            Thread t = new Thread(() -> {
                try (Worker worker = new Worker()) {
                    Mutator mutator = new Mutator(workerSeed);
                    for (long i = 0; i < share && System.nanoTime() < deadline; i++) {
                        byte[] input = mutator.mutate(corpus.get((int) (i % corpus.size())));
                        String outcome = worker.submit(input);
                        synchronized (outcomes) {
                            inputs[0]++;
                            if (outcome.startsWith("FAILURE")) {
                                failures.add("seed " + workerSeed + " input " + i + ": " + outcome);
                                outcome = "FAILURE";
                            }
                            outcomes.merge(outcome, 1L, Long::sum);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    synchronized (outcomes) {
                        failures.add("worker " + workerSeed + ": " + e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return new Result(outcomes, failures, inputs[0]);
    }

    /** One child process and the thread that collects its answers. */
    private final class Worker implements AutoCloseable {
        private Process process;
        private DataOutputStream in;
        private BlockingQueue<String> answers;

        Worker() throws IOException {
            start();
        }

        private void start() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx256m", "-Xss8m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    FuzzWorker.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            in = new DataOutputStream(process.getOutputStream());
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            answers = queue;
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) queue.add(line);
                } catch (IOException e) {
                    // the process was killed; the end-of-stream marker below tells the submitter
                }
                queue.add("<eof>");
            });
            reader.setDaemon(true);
            reader.start();
            // A JVM start is not part of any input's time budget.
            try {
                String first = queue.poll(60, TimeUnit.SECONDS);
                if (!"ready".equals(first)) throw new IOException("fuzz worker did not start: " + first);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }

        String submit(byte[] image) throws IOException, InterruptedException {
            try {
                in.writeInt(image.length);
                in.write(image);
                in.flush();
            } catch (IOException e) {
                return restart("FAILURE: worker stopped reading (" + e.getMessage() + ")");
            }
            boolean verified = false;
            while (true) {
                String answer = answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
                if (answer == null) return restart(verified ? "still running at timeout" : "FAILURE: hang before verification");
                if (answer.equals("<eof>")) return restart("FAILURE: worker died (exit " + process.waitFor() + ")");
                if (answer.equals("verified")) verified = true;
                else if (answer.startsWith("unexpected")) return "FAILURE: " + answer;
                else return answer;
            }
        }

        private String restart(String outcome) throws IOException {
            close();
            start();
            return outcome;
        }

        @Override
        public void close() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        long inputs = 1_000_000;
        long seconds = Long.MAX_VALUE / 2_000_000_000L;
        long seed = 1;
        int workers = 2;
        long timeout = 1000;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--inputs" -> inputs = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--timeout-ms" -> timeout = Long.parseLong(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        long start = System.nanoTime();
        Result r = new ImageFuzzer(corpus(folders), timeout).run(seed, workers, inputs, seconds);
        System.out.printf("%d inputs in %.0f s, seed %d, %d workers%n", r.inputs(), (System.nanoTime() - start) / 1e9, seed, workers);
        r.outcomes().forEach((k, v) -> System.out.printf("  %-26s %d%n", k, v));
        r.failures().stream().limit(20).forEach(f -> System.out.println("  " + f));
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }
}
