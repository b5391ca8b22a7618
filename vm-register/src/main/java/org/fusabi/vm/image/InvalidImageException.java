package org.fusabi.vm.image;

import org.fusabi.vm.Excerpt;

/** The bytes are not a well-formed image of this version; the message says what is wrong in one line. */
public class InvalidImageException extends RuntimeException {
    public InvalidImageException(String message) {
        // Names read from a damaged file may hold any character.
        super(Excerpt.escaped(message), null, false, false);
    }
}
