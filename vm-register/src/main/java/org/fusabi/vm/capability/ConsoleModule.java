package org.fusabi.vm.capability;

import org.fusabi.vm.Library;
import org.fusabi.vm.image.Capability;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * The console capability: F#'s {@code stdin}, {@code stdout} and {@code stderr}, .NET's {@code Console.ReadLine},
 * {@code Console.In}, {@code Console.Out} and {@code Console.Error}, and the members of the TextReader and
 * TextWriter they are. Output goes to the session's streams, input comes from the granted one.
 */
record ConsoleModule(StandardInput input) implements Grant {
    @Override
    public Capability capability() {
        return Capability.CONSOLE;
    }

    @Override
    public void grantTo(Library library) {
        library.grant(capability(), this::install, "", "Console", "TextReader", "TextWriter");
    }

    private void install(Library lib) {
        lib.define("get_stdin", "unit -> TextReader", (vm, a) -> input.reader());
        lib.define("Console.get_In", "unit -> TextReader", (vm, a) -> input.reader());
        lib.define("Console.ReadLine", "unit -> string", (vm, a) -> input.reader().readLine());
        lib.define("get_stdout", "unit -> TextWriter", (vm, a) -> new ScriptWriter(vm, false));
        lib.define("Console.get_Out", "unit -> TextWriter", (vm, a) -> new ScriptWriter(vm, false));
        lib.define("get_stderr", "unit -> TextWriter", (vm, a) -> new ScriptWriter(vm, true));
        lib.define("Console.get_Error", "unit -> TextWriter", (vm, a) -> new ScriptWriter(vm, true));
        lib.define("TextReader#ReadLine", "TextReader -> unit -> string", (vm, a) -> reader(a).readLine());
        lib.define("TextReader#ReadToEnd", "TextReader -> unit -> string", (vm, a) -> reader(a).readToEnd());
        lib.define("TextReader#Read", "TextReader -> unit -> int", (vm, a) -> reader(a).read());
        lib.define("TextReader#Peek", "TextReader -> unit -> int", (vm, a) -> reader(a).peek());
        // A null string writes nothing, as in .NET.
        for (String method : new String[] {"Write", "WriteLine"}) {
            String end = method.equals("WriteLine") ? "\n" : "";
            String name = "TextWriter#" + method;
            if (!end.isEmpty()) lib.define(name, "TextWriter -> unit -> unit", (vm, a) -> write(a, end));
            lib.define(name + "~string", "TextWriter -> string -> unit", (vm, a) -> write(a, (a[1] == null ? "" : a[1]) + end));
            lib.define(name + "~value", "TextWriter -> 'a -> unit", (vm, a) -> write(a, Show.string(a[1]) + end));
        }
        lib.define("TextWriter#Flush", "TextWriter -> unit -> unit", (vm, a) -> {
            ((ScriptWriter) a[0]).flush();
            return Unit.VALUE;
        });
    }

    private static ScriptReader reader(Object[] a) {
        return (ScriptReader) a[0];
    }

    private static Unit write(Object[] a, String text) {
        ((ScriptWriter) a[0]).write(text);
        return Unit.VALUE;
    }
}
