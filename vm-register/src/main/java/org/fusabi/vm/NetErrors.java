package org.fusabi.vm;

import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;

/**
 * Errors the runtime and the library raise, as the .NET exceptions F# raises in their place, with .NET's
 * messages: a script catches them by type ({@code :? ArgumentException}) and reads {@code e.Message}.
 */
public final class NetErrors {
    private NetErrors() {}

    public static ScriptError raise(NetExceptionType type, String message) {
        return new ScriptError(message, new NetException(type, message));
    }

    /** {@code ArgumentException(message, paramName)}, whose Message .NET Core ends with the parameter's name. */
    public static ScriptError argument(String message, String param) {
        return raise(NetExceptionType.ARGUMENT, withParameter(message, param));
    }

    public static ScriptError argumentOutOfRange(String message, String param) {
        return raise(NetExceptionType.ARGUMENT_OUT_OF_RANGE, withParameter(message, param));
    }

    public static ScriptError invalidOperation(String message) {
        return raise(NetExceptionType.INVALID_OPERATION, message);
    }

    public static ScriptError keyNotFound(String message) {
        return raise(NetExceptionType.KEY_NOT_FOUND, message);
    }

    /** What {@code KeyNotFoundException()} says, as F#'s Map.find raises it. */
    public static ScriptError keyNotFound() {
        return keyNotFound("The given key was not present in the dictionary.");
    }

    public static ScriptError indexOutOfRange() {
        return raise(NetExceptionType.INDEX_OUT_OF_RANGE, "Index was outside the bounds of the array.");
    }

    public static ScriptError divideByZero() {
        return raise(NetExceptionType.DIVIDE_BY_ZERO, "Attempted to divide by zero.");
    }

    public static ScriptError overflow() {
        return raise(NetExceptionType.OVERFLOW, "Arithmetic operation resulted in an overflow.");
    }

    /** F#'s MatchFailureException: no case of a match fits the value. */
    public static ScriptError matchFailure() {
        return raise(NetExceptionType.MATCH_FAILURE, "The match cases were incomplete");
    }

    public static ScriptError format(String message) {
        return raise(NetExceptionType.FORMAT, message);
    }

    /**
     * What .NET raises where a null is used as an object: the library met a null that .NET's I/O returned (ReadLine
     * at the end of input) or a host passed, and failed on it.
     */
    /** What .NET raises where a value is not of the type it is used as: {@code unbox} of another type's value. */
    public static ScriptError invalidCast() {
        return raise(NetExceptionType.INVALID_CAST, NetExceptionType.INVALID_CAST.defaultMessage);
    }

    public static ScriptError nullReference() {
        return raise(NetExceptionType.NULL_REFERENCE, "Object reference not set to an instance of an object.");
    }

    public static ScriptError notSupported(String message) {
        return raise(NetExceptionType.NOT_SUPPORTED, message);
    }

    private static String withParameter(String message, String param) {
        return param == null ? message : message + " (Parameter '" + param + "')";
    }
}
