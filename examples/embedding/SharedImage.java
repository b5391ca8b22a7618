import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fusabi.embed.Fusabi;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.embed.Script;

/** Compile once to a .fzb file, map it, and run it from four threads, each in its own session. */
public class SharedImage {
    public static void main(String[] args) throws Exception {
        Fusabi fusabi = Fusabi.create();
        Path file = Files.createTempFile("collatz", ".fzb");
        ImageFiles.writeAtomically(file, fusabi.compileToBytes("collatz.fsx", """
                let rec steps n acc = if n = 1 then acc elif n % 2 = 0 then steps (n / 2) (acc + 1) else steps (3 * n + 1) (acc + 1)
                let longest limit = [ 1 .. limit ] |> List.maxBy (fun n -> steps n 0)
                """));
        try (Arena arena = Arena.ofShared(); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Script script = fusabi.load(ImageFiles.map(file, arena));
            List<Future<Object>> results = new ArrayList<>();
            for (int t = 1; t <= 4; t++) {
                int limit = t * 1000;
                results.add(pool.submit(() -> script.newSession().run().call("longest", limit)));
            }
            for (Future<Object> r : results) System.out.println(r.get());
        } finally {
            Files.delete(file);
        }
    }
}
