import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.Session;

/** Expose two Java classes to a script as typed values; the script works on the host's objects, the host reads the result. */
public class HostTypes {
    public static class Item {
        private final String name;
        private final double price;

        public Item(String name, double price) {
            this.name = name;
            this.price = price;
        }

        public String getName() {
            return name;
        }

        public double getPrice() {
            return price;
        }

        @Override
        public String toString() {
            return name + " @ " + price;
        }
    }

    public static class Cart {
        private final List<Item> items = new ArrayList<>();
        private double discount;

        public void add(Item item, long quantity) {
            if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive: " + quantity);
            for (long i = 0; i < quantity; i++) items.add(item);
        }

        public List<Item> getItems() {
            return items;
        }

        public double getDiscount() {
            return discount;
        }

        public void setDiscount(double discount) {
            this.discount = discount;
        }

        public Optional<Item> find(String name) {
            return items.stream().filter(i -> i.getName().equals(name)).findFirst();
        }
    }

    public static void main(String[] args) {
        Fusabi fusabi = Fusabi.create()
                .defineType("Item", Item.class)
                .defineType("Cart", Cart.class);
        Session session = fusabi.compile("checkout.fsx", """
                let tea = Item("tea", 3.5)
                let fill (cart: Cart) =
                    cart.Add(tea, 2)
                    cart.Add(Item("cake", 4.25), 1)
                    if List.length cart.Items > 2 then cart.Discount <- 0.1
                let total (cart: Cart) =
                    let sum = cart.Items |> List.sumBy (fun i -> i.Price)
                    sum * (1.0 - cart.Discount)
                let cheapest (cart: Cart) = cart.Items |> List.minBy (fun i -> i.Price)
                let describe (cart: Cart) =
                    match cart.Find "cake" with
                    | Some item -> sprintf "%O in a cart of %d" item (List.length cart.Items)
                    | None -> "no cake"
                """).newSession().run();

        Cart cart = new Cart();
        session.call("fill", cart);                     // the script fills the host's own object
        System.out.println(cart.getItems() + ", discount " + cart.getDiscount());
        System.out.printf("total %.2f%n", session.call("total", cart));
        Item cheapest = (Item) session.call("cheapest", cart);
        System.out.println("cheapest: " + cheapest.getName() + ", the script's own tea object: " + (cheapest == session.get("tea")));
        System.out.println(session.call("describe", cart));

        // A Java exception reaches the script as a .NET exception; uncaught, the host sees where it happened.
        try {
            fusabi.compile("bad.fsx", "let c = Cart()\nc.Add(Item(\"tea\", 3.5), 0)").newSession().run();
        } catch (ScriptError e) {
            System.out.println(e.render());
        }
        // Members are checked when the script is compiled.
        try {
            fusabi.compile("typo.fsx", "let c = Cart()\nc.Remove \"tea\"");
        } catch (ScriptCompileException e) {
            System.out.println(e.getMessage().lines().findFirst().orElseThrow());
        }
    }
}
