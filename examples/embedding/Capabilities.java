import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.image.NotGrantedException;

/** Grant a script the console, the files under one directory (read-only) and one environment variable. */
public class Capabilities {
    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("fusabi-example");
        Files.writeString(data.resolve("prices.txt"), "tea 3.50\ncake 4.25\n");
        String input = "tea\ncake\n";
        Fusabi fusabi = Fusabi.create().grant(
                Grant.console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                Grant.files(FileRoot.readOnly(data)),
                Grant.environment(Set.of("SHOP_CURRENCY")));
        String script = """
                open System.IO
                let prices =
                    File.ReadAllLines "prices.txt"
                    |> Array.map (fun line -> let p = line.Split ' ' in p.[0], float p.[1])
                    |> Map.ofArray
                let currency = match Environment.GetEnvironmentVariable "SHOP_CURRENCY" with
                               | c when isNull c -> "EUR"
                               | c -> c
                let rec serve () =
                    let item = stdin.ReadLine ()
                    if not (isNull item) then
                        printfn "%s: %.2f %s" item prices.[item] currency
                        serve ()
                serve ()
                try File.WriteAllText("prices.txt", "free") with :? System.UnauthorizedAccessException as e -> printfn "%s" e.Message
                try File.ReadAllText "../secret" |> ignore with :? System.UnauthorizedAccessException as e -> printfn "%s" e.Message
                """;
        byte[] image = fusabi.compileToBytes("shop.fsx", script);
        fusabi.load(image).newSession().run();

        // A host that grants nothing: the script does not compile, and its image does not load.
        try {
            Fusabi.create().compile("shop.fsx", script);
        } catch (ScriptCompileException e) {
            System.out.println(e.getMessage().lines().findFirst().orElseThrow());
        }
        try {
            Fusabi.create().load(image);
        } catch (NotGrantedException e) {
            System.out.println(e.getMessage());
        }
        Files.delete(data.resolve("prices.txt"));
        Files.delete(data);
    }
}
