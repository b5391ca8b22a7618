package org.fusabi.bench;

import java.nio.file.Path;

/** The child JVM of {@link ForkedEngine}: times one program on one in-process runtime and prints the samples. */
public final class TimeOne {
    static final String SAMPLE = "sample ns ";

    private TimeOne() {
    }

    public static void main(String[] args) throws Exception {
        Engine engine = Engines.inProcess(args[0]);
        Program program = Program.load(Path.of(args[1]), args[2]);
        Plan plan = new Plan(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        OutputCheck.require(program.expected(), engine.output(program), program.name() + ".out");
        Measurement m = engine.time(program, plan,
                (e, p, step) -> System.err.println("[" + e + "] " + p + ": " + step));
        for (long n : m.nanos()) System.out.println(SAMPLE + n);
        System.exit(0);
    }
}
