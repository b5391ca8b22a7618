package org.fusabi.vm.value;

/** The .NET exception classes the runtime raises, with their base classes, so {@code :? T} can test them. */
public enum NetExceptionType {
    EXCEPTION("System.Exception", null, "Exception of type 'System.Exception' was thrown."),
    SYSTEM("System.SystemException", EXCEPTION, "System error."),
    ARGUMENT("System.ArgumentException", SYSTEM, "Value does not fall within the expected range."),
    ARGUMENT_OUT_OF_RANGE("System.ArgumentOutOfRangeException", ARGUMENT, "Specified argument was out of the range of valid values."),
    ARGUMENT_NULL("System.ArgumentNullException", ARGUMENT, "Value cannot be null."),
    ARITHMETIC("System.ArithmeticException", SYSTEM, "Overflow or underflow in the arithmetic operation."),
    DIVIDE_BY_ZERO("System.DivideByZeroException", ARITHMETIC, "Attempted to divide by zero."),
    OVERFLOW("System.OverflowException", ARITHMETIC, "Arithmetic operation resulted in an overflow."),
    FORMAT("System.FormatException", SYSTEM, "One of the identified items was in an invalid format."),
    INDEX_OUT_OF_RANGE("System.IndexOutOfRangeException", SYSTEM, "Index was outside the bounds of the array."),
    INVALID_OPERATION("System.InvalidOperationException", SYSTEM, "Operation is not valid due to the current state of the object."),
    KEY_NOT_FOUND("System.Collections.Generic.KeyNotFoundException", SYSTEM, "The given key was not present in the dictionary."),
    NOT_IMPLEMENTED("System.NotImplementedException", SYSTEM, "The method or operation is not implemented."),
    NOT_SUPPORTED("System.NotSupportedException", SYSTEM, "Specified method is not supported."),
    NULL_REFERENCE("System.NullReferenceException", SYSTEM, "Object reference not set to an instance of an object."),
    UNAUTHORIZED_ACCESS("System.UnauthorizedAccessException", SYSTEM, "Attempted to perform an unauthorized operation."),
    IO("System.IO.IOException", SYSTEM, "I/O error occurred."),
    FILE_NOT_FOUND("System.IO.FileNotFoundException", IO, "Unable to find the specified file."),
    DIRECTORY_NOT_FOUND("System.IO.DirectoryNotFoundException", IO, "Attempted to access a path that is not on the disk."),
    MATCH_FAILURE("Microsoft.FSharp.Core.MatchFailureException", EXCEPTION, "The match cases were incomplete"),
    INVALID_CAST("System.InvalidCastException", SYSTEM, "Specified cast is not valid."),
    THREAD_STATE("System.Threading.ThreadStateException", SYSTEM, "Thread was in an invalid state for the operation being executed.");

    public final String fullName;
    private final NetExceptionType base;
    /** The message .NET gives an exception of this class made without one ({@code InvalidOperationException()}). */
    public final String defaultMessage;

    NetExceptionType(String fullName, NetExceptionType base, String defaultMessage) {
        this.fullName = fullName;
        this.base = base;
        this.defaultMessage = defaultMessage;
    }

    /** The class name without its namespace: {@code DivideByZeroException}. */
    public String simpleName() {
        return fullName.substring(fullName.lastIndexOf('.') + 1);
    }

    /** Whether this class is {@code name} or derives from it; the name may be qualified or not. */
    public boolean isA(String name) {
        for (NetExceptionType t = this; t != null; t = t.base) {
            if (t.fullName.equals(name) || t.simpleName().equals(name)) return true;
        }
        return false;
    }
}
