import java.util.List;
import java.util.Map;
import org.fusabi.embed.Fusabi;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.Session;

/** Compile a script, run its top level, read its values and call its functions with Java values. */
public class QuickStart {
    public static void main(String[] args) {
        Fusabi fusabi = Fusabi.create();
        Script script = fusabi.compile("shop.fsx", """
                type Item = { Name: string; Price: float }
                let taxRate = 0.2
                let total (items: Item list) = items |> List.sumBy (fun i -> i.Price * (1.0 + taxRate))
                let cheapest (items: Item list) = (List.minBy (fun i -> i.Price) items).Name
                printfn "shop loaded"
                """);
        script.exports().forEach(e -> System.out.println(e.name() + " : " + e.type()));

        Session session = script.newSession().run();
        List<Map<String, Object>> items = List.of(
                Map.of("Name", "tea", "Price", 2.5),
                Map.of("Name", "cake", "Price", 4.0));
        System.out.println("taxRate = " + session.get("taxRate"));
        System.out.println("total = " + session.call("total", items));
        System.out.println("cheapest = " + session.call("cheapest", items));
    }
}
