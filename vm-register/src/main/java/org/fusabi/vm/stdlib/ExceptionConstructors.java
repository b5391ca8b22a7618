package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;

/**
 * Constructors of .NET's exception classes, so that scripts raise them as F# does:
 * {@code raise (ArgumentException "bad")}, {@code raise (InvalidOperationException())}; without a message an
 * exception has .NET's default one, and {@code ArgumentException(message, paramName)} ends its message with the
 * parameter's name as .NET Core does.
 */
final class ExceptionConstructors {
    private ExceptionConstructors() {}

    /** The classes scripts may construct (F#'s own MatchFailureException is raised only by incomplete matches). */
    static final String[] NAMESPACES = Arrays.stream(NetExceptionType.values())
            .filter(t -> t != NetExceptionType.MATCH_FAILURE).map(NetExceptionType::simpleName).toArray(String[]::new);

    static void install(Library lib) {
        for (NetExceptionType type : NetExceptionType.values()) {
            if (type == NetExceptionType.MATCH_FAILURE) continue;
            String name = type.simpleName();
            lib.define(name + ".new", "string -> exn", (vm, a) -> new NetException(type, (String) a[0]));
            lib.define(name + ".new~default", "unit -> exn", (vm, a) -> new NetException(type, type.defaultMessage));
        }
        for (NetExceptionType type : new NetExceptionType[] {NetExceptionType.ARGUMENT, NetExceptionType.ARGUMENT_NULL,
                NetExceptionType.ARGUMENT_OUT_OF_RANGE}) {
            lib.define(type.simpleName() + ".new~parameter", "string -> string -> exn",
                    (vm, a) -> new NetException(type, a[0] + " (Parameter '" + a[1] + "')"));
        }
    }
}
