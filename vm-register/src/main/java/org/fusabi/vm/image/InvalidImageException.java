package org.fusabi.vm.image;

/** The bytes are not a well-formed image of this version; the message says what is wrong in one line. */
public final class InvalidImageException extends RuntimeException {
    public InvalidImageException(String message) {
        super(message, null, false, false);
    }
}
