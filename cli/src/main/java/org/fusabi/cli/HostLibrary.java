package org.fusabi.cli;

import java.io.InputStream;
import java.util.List;
import org.fusabi.vm.Library;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * The library {@code fus} gives a script: the standard one, and unless it runs sandboxed, every capability
 * {@code dotnet fsi} has (the console on {@code in}, files anywhere, the environment, exit, and the arguments
 * with the script's path first).
 */
final class HostLibrary {
    private HostLibrary() {}

    static Library create(boolean sandbox, InputStream in, String scriptPath, List<String> args) {
        Library library = StandardLibrary.create();
        if (!sandbox) for (Grant g : Grant.asFsi(in, scriptPath, args)) g.grantTo(library);
        return library;
    }
}
