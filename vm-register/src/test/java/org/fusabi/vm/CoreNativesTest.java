package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.junit.jupiter.api.Test;

/** The natives the compiler calls for conversions, string members and exceptions raise .NET's exceptions. */
class CoreNativesTest {
    @Test
    void stringMembersRaiseDotNetsErrors() {
        same('b', call("String.get", "abc", 1L));
        assertEquals("System.IndexOutOfRangeException: Index was outside the bounds of the array.", raised("String.get", "abc", 3L));
        same("bc", call("String#Substring~from", "abc", 1L));
        same("b", call("String#Substring~range", "abc", 1L, 1L));
        assertEquals("System.ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')",
                raised("String#Substring~from", "abc", 4L));
        assertEquals("StartIndex cannot be less than zero. (Parameter 'startIndex')", failure("String#Substring~range", "abc", -1L, 1L));
        assertEquals("Length cannot be less than zero. (Parameter 'length')", failure("String#Substring~range", "abc", 1L, -1L));
        assertEquals("Index and length must refer to a location within the string. (Parameter 'length')",
                failure("String#Substring~range", "abc", 2L, 2L));
    }

    @Test
    void conversionsRaiseFormatAndOverflowErrors() {
        same(12L, call("Convert.int", " 12 "));
        same(2.5, call("Convert.float", "2.5"));
        assertEquals("System.FormatException: The input string 'twelve' was not in a correct format.", raised("Convert.int", "twelve"));
        assertEquals("System.FormatException: The input string 'x' was not in a correct format.", raised("Convert.float", "x"));
        assertEquals("System.OverflowException: Value was either too large or too small for an Int64.",
                raised("Convert.int", "99999999999999999999"));
        assertEquals("System.ArgumentException: The step of a range cannot be zero. (Parameter 'step')",
                raised("Range.list", 1L, 0L, 3L));
    }

    @Test
    void testsExceptionsByTypeAndReadsTheirMessages() {
        NetException outOfRange = new NetException(NetExceptionType.ARGUMENT_OUT_OF_RANGE, "m");
        same(true, call("Exn.isType", outOfRange, "ArgumentException"));
        same(true, call("Exn.isType", outOfRange, "System.ArgumentOutOfRangeException"));
        same(true, call("Exn.isType", outOfRange, "System.SystemException"));
        same(false, call("Exn.isType", outOfRange, "FormatException"));
        UnionValue failure = new UnionValue(UnionType.FAILURE, 0, new Object[] {"boom"});
        same(true, call("Exn.isType", failure, "Exception"));
        same(false, call("Exn.isType", failure, "ArgumentException"));
        same("m", call("Exn.message", outOfRange));
        same("boom", call("Exn.message", failure));
    }
}
