import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.fusabi.embed.Fusabi;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.Limits;
import org.fusabi.vm.embed.Session;

/** Stop runaway scripts with limits; the session and the host carry on. */
public class Sandbox {
    public static void main(String[] args) {
        Session session = Fusabi.create().compile("untrusted.fsx", """
                let spin () =
                    let mutable i = 0
                    while true do i <- i + 1
                let rec deep n = if n = 0 then 0 else 1 + deep (n - 1)
                let square x = x * x
                """).newSession()
                .limits(Limits.NONE
                        .withTimeout(Duration.ofSeconds(10))
                        .withCallDepth(10_000)
                        .withInstructions(100_000_000L)
                        .withAllocation(64L << 20))
                .run();
        for (Runnable attempt : new Runnable[] {() -> session.call("spin"), () -> session.call("deep", 10_000_000)}) {
            try {
                attempt.run();
            } catch (LimitExceeded e) {
                System.out.println(e.limit() + ": " + e.render().lines().findFirst().orElseThrow());
            }
        }
        System.out.println("still usable: " + session.call("square", 12));
    }
}
