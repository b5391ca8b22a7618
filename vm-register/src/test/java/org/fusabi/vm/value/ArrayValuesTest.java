package org.fusabi.vm.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fusabi.vm.bytecode.Kind;
import org.junit.jupiter.api.Test;

/** Every representation of an array reads and writes alike through ArrayValues, and converts both ways. */
class ArrayValuesTest {
    @Test
    void eachUnboxedKindHasItsPrimitiveArrayAndReadsAndWritesBoxesAndRegisterValues() {
        Object[][] boxes = {{1L, -2L}, {1.5, -0.0}, {true, false}, {'a', 'z'}};
        int[] kinds = {Kind.INT, Kind.FLOAT, Kind.BOOL, Kind.CHAR};
        Class<?>[] classes = {long[].class, double[].class, boolean[].class, char[].class};
        for (int k = 0; k < kinds.length; k++) {
            Object array = ArrayValues.as(kinds[k], boxes[k].clone());
            assertEquals(classes[k], array.getClass());
            assertTrue(ArrayValues.isArray(array));
            assertEquals(2, ArrayValues.length(array));
            assertArrayEquals(boxes[k], ArrayValues.boxed(array));
            assertSame(array, ArrayValues.as(kinds[k], array));
            ArrayValues.set(array, 0, boxes[k][1]);
            assertEquals(boxes[k][1], ArrayValues.get(array, 0));
            long bits = ArrayValues.getBits(array, 1, kinds[k]);
            Object[] generic = boxes[k].clone();
            ArrayValues.setBits(generic, 0, bits, kinds[k]);
            assertEquals(boxes[k][1], generic[0]);
            assertEquals(bits, ArrayValues.getBits(generic, 0, kinds[k]));
            Object copy = ArrayValues.copy(array);
            ArrayValues.set(copy, 1, boxes[k][0]);
            assertEquals(boxes[k][1], ArrayValues.get(array, 1));
        }
        assertFalse(ArrayValues.isArray("abc"));
        assertTrue(ArrayValues.as(Kind.REF, new long[] {3}) instanceof Object[] o && o[0].equals(3L));
    }

    @Test
    void equalityComparisonAndHashingDoNotSeeTheRepresentation() {
        Object unboxed = new double[] {1.0, 2.0};
        Object[] boxed = {1.0, 2.0};
        assertTrue(Values.equal(unboxed, boxed));
        assertEquals(Values.hash(boxed), Values.hash(unboxed));
        assertEquals(-1, Values.compare(new long[] {1}, new Object[] {1L, 0L}));
        assertEquals("[|1.0; 2.0|]", Show.any(unboxed));
    }
}
