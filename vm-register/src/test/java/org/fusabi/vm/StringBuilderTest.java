package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** System.Text.StringBuilder: appends of any value as .NET writes it, edits, and .NET's errors. */
class StringBuilderTest {
    private static final Unit U = Unit.VALUE;

    @Test
    void appendFormatUsesCompositeFormatting() {
        Object sb = call("StringBuilder.new", U);
        call("StringBuilder#AppendFormat", sb, "[{0}]", "a");
        call("StringBuilder#AppendFormat~two", sb, "{0,3}|{1:F2}", 7L, 1.5);
        call("StringBuilder#AppendFormat~three", sb, " {2}{1}{0}", 'c', 'b', 'a');
        same("[a]  7|1.50 abc", call("StringBuilder#ToString", sb, U));
    }

    @Test
    void appendsInsertsAndEdits() {
        Object sb = call("StringBuilder.new", U);
        for (long i = 1; i <= 3; i++) call("StringBuilder#Append", call("StringBuilder#Append", sb, i), ',');
        call("StringBuilder#Append", sb, "end");
        same("1,2,3,end", call("StringBuilder#ToString", sb, U));
        same(9L, call("StringBuilder#Length", sb));
        call("StringBuilder#Append", call("StringBuilder#Insert", sb, 0L, "["), "]");
        same("[1,2,3,end]", Show.string(sb));
        call("StringBuilder#Append", sb, 2.5);
        call("StringBuilder#Append", sb, true);
        same("[1,2,3,end]2.5True", Show.string(sb));
        call("StringBuilder#Replace~string", sb, "end", "END");
        call("StringBuilder#Replace~char", sb, ',', ';');
        call("StringBuilder#Remove", sb, 0L, 1L);
        same("1;2;3;END]2.5True", Show.string(sb));
        same('1', call("StringBuilder#get_Item", sb, 0L));
        call("StringBuilder#set_Length", sb, 5L);
        call("StringBuilder#AppendLine~value", call("StringBuilder#AppendLine", sb, U), "x");
        same("1;2;3\nx\n", Show.string(sb));
        same("2;3", call("StringBuilder#ToString~range", sb, 2L, 3L));
        same("", Show.string(call("StringBuilder#Clear", sb, U)));
        same("ab", Show.string(call("StringBuilder.new~string", "ab")));
        assertEquals("System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
                raised("StringBuilder#Insert", sb, 1L, "x"));
        assertEquals("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
                failure("StringBuilder#get_Item", sb, 0L));
    }
}
