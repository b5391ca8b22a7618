package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mapped image whose file another process changes while it runs. */
class ChangedImageTest {
    @TempDir
    Path dir;

    private Path ground(String source) throws Exception {
        Path script = Files.writeString(dir.resolve("s.fsx"), source);
        Path image = dir.resolve("s.fzb");
        assertEquals(0, GoldenTest.fus("grind", script.toString(), "-o", image.toString()).status());
        return image;
    }

    /**
     * Regression: truncating the file while the script ran crashed the JVM with SIGBUS (in the checksum's intrinsic,
     * reading the mapping), or printed an InternalError's stack trace and exited 0.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "chronicle"})
    void truncatedWhileRunningEndsInOneLine(String mapper) throws Exception {
        StringBuilder late = new StringBuilder("""
                printfn "ready"
                let spin () =
                    let mutable i = 0
                    while i < 2000000000 do i <- i + 1
                spin ()
                let makeLate (y: int) =
                    let z = y
                    fun (x: int) ->
                        let mutable acc = x + z
                """);
        for (int k = 0; k < 1500; k++) late.append("        acc <- acc + ").append(k).append('\n');
        late.append("        acc\nprintfn \"%d\" ((makeLate 2) 1)\n");
        Path image = ground(late.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED", "-Dfus.stdout.terminal=true"));
        // What bin/fus gives Chronicle Bytes, without which it warns on standard error.
        if (mapper.equals("chronicle")) command.addAll(List.of("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--mapper=" + mapper, image.toString()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(dir.resolve("err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        try (FileChannel ch = FileChannel.open(image, StandardOpenOption.WRITE)) {
            ch.truncate(4096);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("fus: " + image + ": the image changed while it was running\n", Files.readString(dir.resolve("err")));
        assertEquals(1, p.exitValue());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList(), "the JVM crashed");
        }
    }

    /** Regression: rewriting a running image's strings in place changed what the script printed, or broke its formats. */
    @Test
    void whatWasCheckedAtLoadIsWhatRuns() throws Exception {
        Path image = ground("let show () = printfn \"%d apples and %s\" 3 \"pears\"\nshow ()\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Arena arena = Arena.ofConfined()) {
            Image loaded = Image.load(ImageFiles.map(image, arena), StandardLibrary.create());
            byte[] bytes = Files.readAllBytes(image);
            overwrite(image, bytes, "%d apples and %s", "%s apples and %d");
            overwrite(image, bytes, "pears", "PEARS");
            new Interpreter(loaded, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        }
        assertEquals("3 apples and pears\n", printed.toString(StandardCharsets.UTF_8));
    }

    /** Writes replacement over the first occurrence of text in the file, in place, as another process might. */
    private static void overwrite(Path file, byte[] bytes, String text, String replacement) throws Exception {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = all.indexOf(text);
        assertTrue(at > 0, text + " is in the image");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(replacement.getBytes(StandardCharsets.UTF_8)), at);
        }
    }
}
