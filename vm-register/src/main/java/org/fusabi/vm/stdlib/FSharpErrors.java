package org.fusabi.vm.stdlib;

import org.fusabi.vm.NetErrors;
import org.fusabi.vm.ScriptError;

/**
 * The messages FSharp.Core's collection functions raise (its FSCore.resx strings and the formats of its
 * DetailedExceptions module), so a script sees F#'s exact text.
 */
final class FSharpErrors {
    private FSharpErrors() {}

    static final String LIST_EMPTY = "The input list was empty.";
    static final String ARRAY_EMPTY = "The input array was empty.";
    static final String SEQUENCE_EMPTY = "The input sequence was empty.";
    static final String NOT_ENOUGH_ELEMENTS = "The input sequence has an insufficient number of elements.";
    static final String TOO_LONG = "The input sequence contains more than one element.";
    static final String NON_NEGATIVE = "The input must be non-negative.";
    static final String POSITIVE = "The input must be positive.";
    static final String INDEX_OUT_OF_BOUNDS = "The index was outside the range of elements in the list.";
    static final String LISTS_DIFFER = "The lists had different lengths.";
    static final String ARRAYS_DIFFER = "The arrays have different lengths.";
    static final String NOT_A_PERMUTATION = "The function did not compute a permutation.";
    static final String SET_EMPTY = "Set contains no elements.";
    static final String OPTION_NONE = "The option value was None";

    /** What F#'s find, pick and findIndex raise: a KeyNotFoundException. */
    static ScriptError notFound() {
        return NetErrors.keyNotFound("An index satisfying the predicate was not found in the collection.");
    }

    /** invalidArgInputMustBeNonNegative. */
    static ScriptError negative(String arg, long count) {
        return NetErrors.argument(NON_NEGATIVE + "\n" + arg + " = " + count, arg);
    }

    /** invalidArgInputMustBePositive. */
    static ScriptError notPositive(String arg, long count) {
        return NetErrors.argument(POSITIVE + "\n" + arg + " = " + count, arg);
    }

    /** invalidArgDifferentListLength: {@code shorter} ran out with {@code missing} elements of the other left. */
    static ScriptError listShorter(String shorter, String longer, int missing) {
        return NetErrors.argument(LISTS_DIFFER + "\n" + shorter + " is " + missing + " " + elements(missing)
                + " shorter than " + longer, shorter);
    }

    /** invalidArgDifferentArrayLength. */
    static ScriptError arraysDiffer(int length1, int length2) {
        return arraysDiffer("array1", length1, "array2", length2);
    }

    static ScriptError arraysDiffer(String name1, int length1, String name2, int length2) {
        return NetErrors.argument(ARRAYS_DIFFER + "\n" + name1 + ".Length = " + length1 + ", " + name2 + ".Length = "
                + length2, name1);
    }

    /** invalidArg3ListsDifferent and invalidArg3ArraysDifferent. */
    static ScriptError threeDiffer(String noun, int a, int b, int c) {
        String text = noun.equals("list") ? LISTS_DIFFER : ARRAYS_DIFFER;
        return NetErrors.argument(text + "\n " + noun + "1.Length = " + a + ", " + noun + "2.Length = " + b + ", "
                + noun + "3.Length = " + c, noun + "1, " + noun + "2, " + noun + "3");
    }

    /** invalidArgOutOfRange. */
    static ScriptError outOfRange(String arg, long index, String text, long bound) {
        return NetErrors.argument("The index is outside the legal range.\n" + arg + " = " + index + ", " + text
                + " = " + bound, arg);
    }

    /** invalidOpListNotEnoughElements. */
    static ScriptError listTooShort(long missing) {
        return NetErrors.invalidOperation(NOT_ENOUGH_ELEMENTS + "\nThe list was " + missing + " " + elements(missing)
                + " shorter than the index");
    }

    static String elements(long n) {
        return n == 1 ? "element" : "elements";
    }
}
