package org.fusabi.vm.value;

/**
 * A .NET exception raised by the runtime or the library (or by {@code invalidArg}, {@code invalidOp}): its class
 * and its Message as .NET words it. F#'s own exceptions stay unions: {@code Failure} and declared exceptions.
 */
public final class NetException {
    public final NetExceptionType type;
    public final String message;

    public NetException(NetExceptionType type, String message) {
        this.type = type;
        this.message = message;
    }

    /** The first line of .NET's Exception.ToString, which %A and {@code string} show. */
    @Override
    public String toString() {
        return type.fullName + ": " + message;
    }
}
