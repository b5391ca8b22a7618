package org.fusabi.vm.value;

/** The .NET exception classes the runtime raises, with their base classes, so {@code :? T} can test them. */
public enum NetExceptionType {
    EXCEPTION("System.Exception", null),
    SYSTEM("System.SystemException", EXCEPTION),
    ARGUMENT("System.ArgumentException", SYSTEM),
    ARGUMENT_OUT_OF_RANGE("System.ArgumentOutOfRangeException", ARGUMENT),
    ARGUMENT_NULL("System.ArgumentNullException", ARGUMENT),
    ARITHMETIC("System.ArithmeticException", SYSTEM),
    DIVIDE_BY_ZERO("System.DivideByZeroException", ARITHMETIC),
    OVERFLOW("System.OverflowException", ARITHMETIC),
    FORMAT("System.FormatException", SYSTEM),
    INDEX_OUT_OF_RANGE("System.IndexOutOfRangeException", SYSTEM),
    INVALID_OPERATION("System.InvalidOperationException", SYSTEM),
    KEY_NOT_FOUND("System.Collections.Generic.KeyNotFoundException", SYSTEM),
    NOT_SUPPORTED("System.NotSupportedException", SYSTEM),
    NULL_REFERENCE("System.NullReferenceException", SYSTEM),
    UNAUTHORIZED_ACCESS("System.UnauthorizedAccessException", SYSTEM),
    IO("System.IO.IOException", SYSTEM),
    FILE_NOT_FOUND("System.IO.FileNotFoundException", IO),
    DIRECTORY_NOT_FOUND("System.IO.DirectoryNotFoundException", IO),
    MATCH_FAILURE("Microsoft.FSharp.Core.MatchFailureException", EXCEPTION);

    public final String fullName;
    private final NetExceptionType base;

    NetExceptionType(String fullName, NetExceptionType base) {
        this.fullName = fullName;
        this.base = base;
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
