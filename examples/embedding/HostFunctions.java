import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.Session;

/** Grant a script host functions with declared Fusabi types, and capture what it prints. */
public class HostFunctions {
    public static void main(String[] args) {
        Map<String, Long> stock = Map.of("tea", 12L, "cake", 0L);
        Fusabi fusabi = Fusabi.create()
                .define("Shop.stock", "string -> int", a -> {
                    Long n = stock.get((String) a[0]);
                    if (n == null) throw new IllegalArgumentException("no such item: " + a[0]);
                    return n;
                })
                .define("Shop.items", "unit -> string list", a -> stock.keySet().stream().sorted().toList());

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Session session = fusabi.compile("report.fsx", """
                let report () =
                    for item in Shop.items () do
                        printfn "%-5s %3d" item (Shop.stock item)
                let stockOf name = Shop.stock name
                report ()
                """).newSession(out, System.err).run();
        System.out.print("captured:\n" + captured.toString(StandardCharsets.UTF_8));

        // A host exception reaches the script as Failure "message"; uncaught, the host sees a ScriptError.
        try {
            session.call("stockOf", "coffee");
        } catch (ScriptError e) {
            System.out.println(e.render());
        }

        // The type checker holds scripts to the declared types.
        try {
            fusabi.compile("bad.fsx", "let n = Shop.stock 42");
        } catch (ScriptCompileException e) {
            System.out.println(e.getMessage());
        }
    }
}
