package org.fusabi.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fusabi.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The REPL on a real (pseudo-)terminal, driven by resources/repl/drive.py: Tab completes a name. Regression: Ctrl-C
 * did not stop a runaway evaluation, and Ctrl-D did nothing during one.
 */
class ReplTerminalTest {
    @Test
    void ctrlCStopsAnEvaluationAndCtrlDEndsTheSession() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 drives the pseudo-terminal");
        Path driver = Path.of(getClass().getResource("/repl/drive.py").toURI());
        Process p = new ProcessBuilder("/usr/bin/python3", driver.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "repl")
                .redirectErrorStream(true).start();
        String transcript = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), transcript);
    }
}
