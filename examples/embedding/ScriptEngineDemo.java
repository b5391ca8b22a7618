import java.io.StringWriter;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** Fusabi through javax.script: eval, bindings, Compilable and Invocable. */
public class ScriptEngineDemo {
    public interface Pricing {
        double price(double base, int quantity);
    }

    public static void main(String[] args) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("fusabi");
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);

        engine.put("discount", 0.1);
        Object last = engine.eval("""
                let price (base: float) (quantity: int) = base * float quantity * (1.0 - discount)
                printfn "ten at 2.0: %.2f" (price 2.0 10)
                price 3.0 2
                """);
        System.out.print(out);
        System.out.println("eval returned " + last);

        Invocable invocable = (Invocable) engine;
        System.out.println("invokeFunction: " + invocable.invokeFunction("price", 5.0, 4));
        System.out.println("getInterface: " + invocable.getInterface(Pricing.class).price(1.0, 100));

        CompiledScript twice = ((Compilable) engine).compile("discount * 2.0");
        engine.put("discount", 0.25);
        System.out.println("compiled: " + twice.eval());
    }
}
