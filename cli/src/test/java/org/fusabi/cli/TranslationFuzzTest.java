package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.Limits;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.Translations;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the second tier: the examples and the benchmark programs at their small sizes
 * ({@link TestProgram}) with some of their integer literals changed at random
 * (so loops run longer or forever, indexes fall out of range, divisors become zero, recursion gets deep) run once
 * with everything translated at once and once interpreted alone, under the same instruction and depth limits, and
 * must print the same and end with the same report. Seeded, so a failure reproduces; set
 * fusabi.fuzz.translation.iterations (and fusabi.fuzz.seed) for a longer run.
 */
class TranslationFuzzTest {
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])");
    private static final Limits LIMITS = new Limits(3_000_000, 20_000, Duration.ZERO, 0);

    /**
     * On a thread with fus's 512 MB stack: recursion through a native (Array.init calling back into the script)
     * takes Java stack at every level, and on a small stack it would run out before the depth limit, at a depth
     * that depends on the size of Java frames, which differ between the tiers and between runs.
     */
    @Test
    void mutatedExamplesBehaveTheSameTranslatedAndInterpreted() throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                compareMutants();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "translation-fuzz", 1L << 29);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
    }

    private static void compareMutants() throws IOException {
        Path dir = ConformanceSuites.folder(ConformanceSuites.EXAMPLES);
        assumeTrue(dir != null && Files.isDirectory(dir), "examples folder not configured");
        List<TestProgram> programs = ConformanceSuites.passingRuns(ConformanceSuites.EXAMPLES);
        List<String> sources = new ArrayList<>();
        for (TestProgram p : programs) sources.add(Files.readString(p.source()));
        Random random = new Random(Long.getLong("fusabi.fuzz.seed", 20261125));
        int iterations = Integer.getInteger("fusabi.fuzz.translation.iterations", 300);
        int compared = 0;
        for (int i = 0; i < iterations; i++) {
            int chosen = random.nextInt(programs.size());
            String source = mutate(sources.get(chosen), random);
            TestProgram program = programs.get(chosen);
            List<String> args = program.args();
            String interpreted;
            try {
                interpreted = run(source, program, dir, false);
            } catch (CompileError e) {
                continue;
            }
            assertEquals(interpreted, run(source, program, dir, true),
                    "iteration " + i + " (arguments " + args + "), translated and interpreted differ for:\n" + source);
            compared++;
        }
        assertTrue(compared >= iterations / 2, "only " + compared + " of " + iterations + " mutants compiled");
    }

    /**
     * What fus grants a program, but with files read-only under the examples folder and no environment: a mutant
     * can read what its original reads and change nothing.
     */
    private static Library harmless(TestProgram program, Path examples) throws IOException {
        Library library = StandardLibrary.create();
        Grant.all(new ByteArrayInputStream(program.input()), FileRoot.readOnly(examples), Set.of(), program.source().toString(),
                program.args()).forEach(g -> g.grantTo(library));
        return library;
    }

    /** What the script printed, then its error report if it ended with one. */
    private static String run(String source, TestProgram program, Path examples, boolean translated) throws IOException {
        Library library = harmless(program, examples);
        Image image = Image.load(Compiler.compileToBytes("f.fsx", source, library), library);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Interpreter vm = new Interpreter(image, out, out).limits(LIMITS);
        if (translated) Translations.eager(vm);
        else Translations.interpreted(vm);
        try {
            vm.run();
        } catch (ScriptError e) {
            out.println(e.render());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Replaces one to three integer literals with small numbers, zero and negatives included. */
    private static String mutate(String source, Random random) {
        List<int[]> literals = new ArrayList<>();
        Matcher m = INTEGER.matcher(source);
        while (m.find()) literals.add(new int[] {m.start(), m.end()});
        if (literals.isEmpty()) return source;
        StringBuilder sb = new StringBuilder(source);
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes && !literals.isEmpty(); c++) {
            int[] at = literals.get(random.nextInt(literals.size()));
            int value = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(4);
                case 2 -> random.nextInt(100);
                default -> random.nextInt(100_000);
            };
            sb.replace(at[0], at[1], Integer.toString(value));
            // The literals after this one have moved; those before it have not and stay candidates.
            literals.removeIf(l -> l[0] >= at[0]);
        }
        return sb.toString();
    }
}
