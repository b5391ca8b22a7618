package org.fusabi.vm.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvalidImageExceptionTest {
    /** Found by the image fuzzer: a damaged native name put a newline into the one-line error. */
    @Test
    void controlCharactersFromTheFileAreEscaped() {
        assertEquals("unknown native function 'List.a\\u000ab\\u0000'",
                new InvalidImageException("unknown native function 'List.a\nb\0'").getMessage());
    }
}
