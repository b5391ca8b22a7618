package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.BoxedInt;
import org.junit.jupiter.api.Test;

/** FSharp.Core's Checked module: integer arithmetic and conversions raise OverflowException instead of wrapping. */
class CheckedModuleTest {
    private static final String OVERFLOW = "System.OverflowException: Arithmetic operation resulted in an overflow.";

    @Test
    void arithmeticRaisesWhereTheExactResultLeavesTheType() {
        same(3L, call("Checked.+", 1L, 2L));
        assertEquals(OVERFLOW, raised("Checked.+", Long.MAX_VALUE, 1L));
        assertEquals(OVERFLOW, raised("Checked.*", Integer.MAX_VALUE, 2));
        assertEquals(OVERFLOW, raised("Checked.-", new BoxedInt(NumType.BYTE, 0), new BoxedInt(NumType.BYTE, 1)));
        same((byte) -128, call("Checked.-", (byte) -127, (byte) 1));
        same(1.0, call("Checked.+", 0.0, 1.0));
        same(BigInteger.TWO.pow(64), call("Checked.*", BigInteger.TWO.pow(32), BigInteger.TWO.pow(32)));
    }

    @Test
    void conversionsRaiseWhereTheValueDoesNotFit() {
        same(7, call("Checked.int32", 7L));
        same(new BoxedInt(NumType.UINT64, -1), call("Checked.uint64", new BoxedInt(NumType.UINT64, -1)));
        assertEquals(OVERFLOW, raised("Checked.uint32", (byte) -1));
        assertEquals(OVERFLOW, raised("Checked.int64", new BoxedInt(NumType.UINT64, -1)));
        assertEquals(OVERFLOW, raised("Checked.sbyte", -129L));
        assertEquals(OVERFLOW, raised("Checked.int16", 1e100));
        assertEquals(OVERFLOW, raised("Checked.byte", Double.NaN));
        same((short) -2, call("Checked.int16", -2.9));
        same(new BoxedInt(NumType.BYTE, 255), call("Checked.uint8", "255"));
    }
}
