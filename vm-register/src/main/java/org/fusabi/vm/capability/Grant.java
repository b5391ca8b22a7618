package org.fusabi.vm.capability;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Capability;

/**
 * A capability a host grants its scripts, with what it is granted over (the standard input, a directory, a list of
 * environment variables...). Granted to a library before scripts are compiled against it, it adds the
 * capability's natives; without it their names do not exist (docs/EMBEDDING.md, "Capabilities").
 */
public interface Grant {
    /** Which capability this grants. */
    Capability capability();

    /** Adds the capability's natives to the library. */
    void grantTo(Library library);

    /** The files a files grant reaches, which {@code #load} reads through too; null for the other grants. */
    default FileRoot files() {
        return null;
    }

    /**
     * {@code stdin}, {@code Console.ReadLine}, {@code Console.In} reading {@code in} (as UTF-8), and
     * {@code stdout}, {@code stderr}, {@code Console.Out}, {@code Console.Error} writing to the session's streams.
     */
    static Grant console(InputStream in) {
        return new ConsoleModule(new StandardInput(in));
    }

    /** {@code System.IO.File}, {@code Directory} and {@code Path} within the root's bounds. */
    static Grant files(FileRoot root) {
        return new FileModule(root);
    }

    /** {@code Environment.GetEnvironmentVariable} of every variable of the process, and {@code Environment.NewLine}. */
    static Grant environment() {
        return new EnvironmentModule(null);
    }

    /** {@code Environment.GetEnvironmentVariable} of these variables only: the others read as unset (null). */
    static Grant environment(Set<String> allowed) {
        return new EnvironmentModule(Set.copyOf(allowed));
    }

    /** {@code exit n}: ends the script's run with the status n, a {@link ScriptExit} to the host. */
    static Grant exit() {
        return new ExitModule();
    }

    /**
     * {@code fsi.CommandLineArgs}, the script's path followed by its arguments, as F# Interactive gives them, and
     * {@code Env.args}, the arguments alone as a list.
     */
    static Grant arguments(String scriptPath, List<String> args) {
        return new ArgumentsModule(scriptPath, List.copyOf(args));
    }

    /**
     * Every capability, each over what the host chooses: the input, the files, the environment variables a script
     * may read (null: all of them), the script's path and arguments.
     */
    static List<Grant> all(InputStream in, FileRoot files, Set<String> environment, String scriptPath, List<String> args) {
        return List.of(console(in), files(files), environment == null ? environment() : environment(environment), exit(),
                arguments(scriptPath, args));
    }

    /** What {@code dotnet fsi} grants a script, and so {@code fus run}: every capability, files anywhere. */
    static List<Grant> asFsi(InputStream in, String scriptPath, List<String> args) {
        return all(in, FileRoot.anywhere(), null, scriptPath, args);
    }
}
