package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mapped image, eight threads, each with its own session: every thread must see exactly what one thread sees. */
class SharedImageTest {
    private static final String SCRIPT = """
            type Tree = Leaf | Node of Tree * int * Tree
            let rec insert t x =
                match t with
                | Leaf -> Node (Leaf, x, Leaf)
                | Node (l, v, r) -> if x < v then Node (insert l x, v, r) else Node (l, v, insert r x)
            let rec toList t = match t with Leaf -> [] | Node (l, v, r) -> toList l @ [v] @ toList r
            let mutable calls = 0
            let work (seed: int) =
                calls <- calls + 1
                let xs = [ for i in 1 .. 200 -> (i * seed * 7919) % 1000 ]
                let sorted = List.fold insert Leaf xs |> toList
                sprintf "%d:%A" (List.sum sorted) (List.truncate 5 sorted)
            printfn "loaded %s" (work 1)
            """;

    @Test
    void eightThreadsShareOneMappedImage(@TempDir Path dir) throws Exception {
        Fusabi fusabi = Fusabi.create();
        Path file = dir.resolve("tree.fzb");
        ImageFiles.writeAtomically(file, fusabi.compileToBytes("tree.fsx", SCRIPT));
        try (Arena arena = Arena.ofShared()) {
            Script script = Script.load(ImageFiles.map(file, arena), StandardLibrary.create());
            String expected = runAll(script);
            int threads = 8;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return runAll(script);
                    }));
                }
                for (Future<String> f : results) assertEquals(expected, f.get());
            } finally {
                pool.shutdown();
            }
        }
    }

    /** Runs the top level and 100 calls in a fresh session; returns everything it printed and returned. */
    private static String runAll(Script script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Session s = script.newSession(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err).run();
        StringBuilder out = new StringBuilder();
        for (int seed = 1; seed <= 100; seed++) out.append(s.call("work", seed)).append('\n');
        out.append(s.get("calls"));
        return bytes.toString(StandardCharsets.UTF_8) + out;
    }
}
