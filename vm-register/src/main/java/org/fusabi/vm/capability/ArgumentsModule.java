package org.fusabi.vm.capability;

import java.util.List;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Capability;
import org.fusabi.vm.value.FList;

/**
 * The arguments capability: {@code fsi.CommandLineArgs}, a fresh array of the script's path and its arguments
 * (an array, so each use gets its own copy); {@code Environment.GetCommandLineArgs()}, the same after the program's
 * name ({@code fus}, where .NET gives fsi's), as the process's arguments are under {@code dotnet fsi}; and
 * {@code Env.args}, Fusabi's older name for the arguments alone, as a list.
 */
record ArgumentsModule(String scriptPath, List<String> args) implements Grant {
    @Override
    public Capability capability() {
        return Capability.ARGUMENTS;
    }

    @Override
    public void grantTo(Library library) {
        library.grant(capability(), this::install, "fsi", "Env", "Environment");
    }

    private void install(Library lib) {
        lib.define("fsi.get_CommandLineArgs", "unit -> string[]", (vm, a) -> commandLine());
        lib.define("Environment.GetCommandLineArgs", "unit -> string[]", (vm, a) -> {
            Object[] line = commandLine();
            Object[] out = new Object[line.length + 1];
            out[0] = "fus";
            System.arraycopy(line, 0, out, 1, line.length);
            return out;
        });
        lib.define("Env.get_args", "unit -> string list", (vm, a) -> FList.of(args.toArray()));
    }

    private Object[] commandLine() {
        Object[] out = new Object[args.size() + 1];
        out[0] = scriptPath;
        for (int i = 0; i < args.size(); i++) out[i + 1] = args.get(i);
        return out;
    }
}
