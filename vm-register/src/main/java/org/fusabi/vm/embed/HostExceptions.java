package org.fusabi.vm.embed;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.NoSuchElementException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;

/**
 * An exception thrown by a host type's method, as the script sees it: the .NET exception closest to its Java class
 * ({@code IllegalArgumentException} is an ArgumentException, {@code IllegalStateException} an
 * InvalidOperationException...; anything else a System.Exception) with its message, which the script may catch;
 * the Java exception stays the {@link ScriptError}'s cause for the host.
 */
final class HostExceptions {
    private HostExceptions() {}

    static ScriptError of(Exception e) {
        if (e instanceof ScriptError s) return s;
        String message = e.getMessage() != null ? e.getMessage() : "Exception of type '" + e.getClass().getName() + "' was thrown.";
        return new ScriptError(message, new NetException(type(e), message), e);
    }

    private static NetExceptionType type(Exception e) {
        return switch (e) {
            case NumberFormatException x -> NetExceptionType.FORMAT;
            case IndexOutOfBoundsException x -> NetExceptionType.ARGUMENT_OUT_OF_RANGE;
            case IllegalArgumentException x -> NetExceptionType.ARGUMENT;
            case IllegalStateException x -> NetExceptionType.INVALID_OPERATION;
            case UnsupportedOperationException x -> NetExceptionType.NOT_SUPPORTED;
            case ArithmeticException x -> NetExceptionType.ARITHMETIC;
            case NullPointerException x -> NetExceptionType.NULL_REFERENCE;
            case NoSuchElementException x -> NetExceptionType.INVALID_OPERATION;
            case FileNotFoundException x -> NetExceptionType.FILE_NOT_FOUND;
            case NoSuchFileException x -> NetExceptionType.FILE_NOT_FOUND;
            case IOException x -> NetExceptionType.IO;
            case UncheckedIOException x -> NetExceptionType.IO;
            case SecurityException x -> NetExceptionType.UNAUTHORIZED_ACCESS;
            default -> NetExceptionType.EXCEPTION;
        };
    }
}
