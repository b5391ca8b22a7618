package org.fusabi.vm.value;

import org.fusabi.vm.bytecode.NumType;

/**
 * A boxed integer of a type Java has no box class for: {@code byte}, {@code uint16}, {@code uint32},
 * {@code uint64}, {@code nativeint} and {@code unativeint}. The other numeric types box as Java does ({@code sbyte}
 * a Byte, {@code int16} a Short, {@code int32} an Integer, {@code int} a Long, {@code float32} a Float,
 * {@code decimal} a BigDecimal, {@code bigint} a BigInteger). {@code bits} is the register value ({@link NumType}).
 */
public record BoxedInt(NumType type, long bits) implements Comparable<BoxedInt> {
    @Override
    public int compareTo(BoxedInt other) {
        return type.unsigned64() ? Long.compareUnsigned(bits, other.bits) : Long.compare(bits, other.bits);
    }

    /** .NET's GetHashCode of the value: the value itself up to 32 bits, the two halves xor-ed above. */
    @Override
    public int hashCode() {
        return type.bits == 64 ? (int) bits ^ (int) (bits >> 32) : (int) bits;
    }

    /** The digits, as .NET's ToString writes them. */
    @Override
    public String toString() {
        return type.unsigned64() ? Long.toUnsignedString(bits) : Long.toString(bits);
    }
}
