package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fus as a process among others: its output in pipes and on terminals, and signals. */
class StandardStreamsTest {
    @TempDir
    Path dir;

    /** fus in a JVM of its own, as bin/fus starts it (with the property bin/fus sets on a terminal, if asked). */
    private Process fus(boolean terminal, String source) throws IOException {
        Path script = dir.resolve("s.fsx");
        Files.writeString(script, source);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        if (terminal) command.add("-Dfus.stdout.terminal=true");
        command.addAll(List.of(Main.class.getName(), "run", script.toString()));
        return new ProcessBuilder(command).redirectError(dir.resolve("err").toFile()).start();
    }

    private static final String ENDLESS = "let rec loop n = printfn \"y\"; loop (n + 1)\nloop 0\n";
    private static final String START_THEN_SPIN = "printfn \"start\"\nlet mutable i = 0\nwhile true do i <- i + 1\n";

    /** Regression: `fus run yes.fsx | head -2` never ended: the failed writes were swallowed. */
    @Test
    void aClosedPipeEndsTheScriptAsItEndsYes() throws Exception {
        Process p = fus(false, ENDLESS);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("y", out.readLine());
        assertEquals("y", out.readLine());
        out.close();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "fus went on writing to a closed pipe");
        assertEquals(Main.PIPE_CLOSED, p.exitValue());
        assertEquals("", Files.readString(dir.resolve("err")));
    }

    /** Regression: output sat in a 64 KB buffer, so `printfn "start"` before a long loop showed nothing on a terminal. */
    @Test
    void onATerminalEachLineShowsWhenPrinted() throws Exception {
        Process p = fus(true, START_THEN_SPIN);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("start", assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine));
        } finally {
            p.destroyForcibly();
        }
    }

    /** Regression: SIGTERM (or Ctrl-C) lost what the script had printed into the buffer. */
    @Test
    void sigtermStillFlushesTheOutput() throws Exception {
        Process p = fus(false, START_THEN_SPIN);
        awaitSpinning(p);
        p.toHandle().destroy(); // SIGTERM; Process.destroy would also close our end of its output
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "fus ignored SIGTERM");
        assertEquals(143, p.exitValue());
        assertEquals("start\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Waits until the script must be in its endless loop, having printed: nothing it can do tells without flushing
     * its output, so this goes by the CPU time it used, well past what starting the JVM and compiling take.
     */
    private static void awaitSpinning(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.info().totalCpuDuration().map(d -> d.toSeconds() < 6).orElse(true) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
