package org.fusabi.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Limits;
import org.fusabi.vm.image.Image;

/**
 * Before/after measurements of interpreter changes on a busy machine: one program compiled once, run N times in
 * this JVM, reporting the median thread CPU time of the second half of the runs (by then C2 has compiled the
 * dispatch loop). CPU time rather than wall time, because other jobs on the two shared cores make wall time jump.
 * With INSTRUCTIONS, each run has that instruction budget ({@link Limits}), as a sandboxing host would set.
 *
 * <pre>java -cp "bench/target/fusabi-bench.jar:bench/target/lib/*" org.fusabi.bench.CpuTimes PROGRAM.fsx [RUNS [INSTRUCTIONS]]</pre>
 */
public final class CpuTimes {
    private CpuTimes() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CpuTimes PROGRAM.fsx [RUNS [INSTRUCTIONS]]");
            System.exit(2);
        }
        Path program = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Limits limits = args.length > 2 ? Limits.NONE.withInstructions(Long.parseLong(args[2])) : Limits.NONE;
        Image image = Compiler.compile(program.getFileName().toString(), Files.readString(program));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            new Interpreter(image, discard).limits(limits).run();
            times[i] = threads.getCurrentThreadCpuTime() - start;
        }
        long[] warm = Arrays.copyOfRange(times, runs / 2, runs);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%s: median CPU %.1f ms over the last %d of %d runs%n",
                program.getFileName(), warm[warm.length / 2] / 1e6, warm.length, runs);
    }
}
