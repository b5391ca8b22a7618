package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code Console.WriteLine} and {@code Console.Write}: a value's .NET ToString, or a composite format
 * with up to four arguments, written to the script's output like printf's.
 */
final class ConsoleMembers {
    private ConsoleMembers() {}

    static void install(Library lib) {
        for (String method : new String[] {"WriteLine", "Write"}) {
            String end = method.equals("WriteLine") ? "\n" : "";
            String name = "Console." + method;
            lib.define(name, "unit -> unit", (vm, a) -> write(vm, "", end));
            lib.define(name + "~string", "string -> unit", (vm, a) -> write(vm, (String) a[0], end));
            lib.define(name + "~value", "'a -> unit", (vm, a) -> write(vm, Show.string(a[0]), end));
            lib.define(name + "~format", "string -> 'a -> unit",
                    (vm, a) -> write(vm, CompositeFormatString.format((String) a[0], new Object[] {a[1]}), end));
            lib.define(name + "~formatTwo", "string -> 'a -> 'b -> unit",
                    (vm, a) -> write(vm, CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2]}), end));
            lib.define(name + "~formatThree", "string -> 'a -> 'b -> 'c -> unit",
                    (vm, a) -> write(vm, CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2], a[3]}), end));
            lib.define(name + "~formatFour", "string -> 'a -> 'b -> 'c -> 'd -> unit",
                    (vm, a) -> write(vm, CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2], a[3], a[4]}), end));
        }
    }

    private static Unit write(Interpreter vm, String text, String end) {
        vm.out().print(text + end);
        return Unit.VALUE;
    }
}
