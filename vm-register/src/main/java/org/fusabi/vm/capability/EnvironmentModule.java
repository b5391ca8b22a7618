package org.fusabi.vm.capability;

import java.util.Set;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.image.Capability;
import org.fusabi.vm.value.NetExceptionType;

/**
 * The environment capability: {@code Environment.GetEnvironmentVariable}, null for a variable that is not set, and
 * for one outside the host's allow-list, which a script cannot tell from unset; and {@code Environment.NewLine}.
 */
record EnvironmentModule(Set<String> allowed) implements Grant {
    @Override
    public Capability capability() {
        return Capability.ENVIRONMENT;
    }

    @Override
    public void grantTo(Library library) {
        library.grant(capability(), this::install, "Environment");
    }

    private void install(Library lib) {
        lib.define("Environment.GetEnvironmentVariable", "string -> string", (vm, a) -> variable((String) a[0]));
        lib.define("Environment.get_NewLine", "unit -> string", (vm, a) -> "\n");
    }

    private String variable(String name) {
        if (name == null) throw NetErrors.raise(NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter 'variable')");
        return allowed == null || allowed.contains(name) ? System.getenv(name) : null;
    }
}
