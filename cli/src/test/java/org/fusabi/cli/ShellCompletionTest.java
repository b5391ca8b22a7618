package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fus completion}: the bash/zsh script picocli generates from the declaration, loaded into a real bash. */
class ShellCompletionTest {
    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    Path dir;

    private Path script() throws IOException {
        GoldenTest.Result r = GoldenTest.fus("completion");
        assertEquals(0, r.status(), r.err());
        return Files.writeString(dir.resolve("fus-completion.bash"), r.out());
    }

    @Test
    void theScriptCoversEveryCommandAndLoadsInZshToo() throws IOException {
        String text = Files.readString(script());
        for (String command : new String[] {"run", "grind", "check", "disasm", "repl", "help", "completion"}) {
            assertTrue(text.contains("\nfunction _picocli_fus_" + command + "() {\n"), command);
        }
        assertTrue(text.contains("elif [ -n \"$ZSH_VERSION\" ]; then"), "the zsh set-up");
        assertTrue(text.endsWith("complete -F _complete_fus -o default fus fus.sh fus.bash\n"), text);
    }

    /** zsh runs the script through its bash emulation (bashcompinit), which the script loads itself. */
    @Test
    void zshLoadsTheScriptForFus() throws Exception {
        Path zsh = Path.of("/usr/bin/zsh");
        assumeTrue(Files.isExecutable(zsh), "zsh is not installed: skipped");
        Process p = new ProcessBuilder(zsh.toString(), "-c", "source \"$1\" && print -r -- \"${_comps[fus]}\"", "zsh", script().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("_bash_complete -F _complete_fus -o default\n", out);
    }

    /** What bash offers after the words typed so far (the last one being completed). */
    private String complete(String... words) throws Exception {
        assumeTrue(Files.isExecutable(BASH), "bash is needed to load the script");
        String line = "fus " + String.join(" ", words);
        String shell = "source \"$1\"; COMP_WORDS=(fus \"${@:2}\"); COMP_CWORD=$(($# - 1)); COMP_LINE='" + line
                + "'; COMP_POINT=" + line.length() + "; _complete_fus 2> /dev/null; echo \"${COMPREPLY[*]}\"";
        ProcessBuilder pb = new ProcessBuilder(BASH.toString(), "-c", shell, "bash", script().toString());
        pb.command().addAll(List.of(words));
        Process p = pb.directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void bashCompletesCommandsOptionValuesAndFiles() throws Exception {
        assertEquals("run grind check disasm repl completion help", complete(""));
        assertEquals("check completion", complete("help", "c"));
        assertEquals("grind", complete("gr"));
        assertEquals("ffm chronicle", complete("run", "--mapper", ""));
        assertEquals("--sandbox", complete("run", "--sa"));
        Files.writeString(dir.resolve("hello.fsx"), "printfn \"hi\"\n");
        assertEquals("hello.fsx", complete("check", "hel"));
    }
}
