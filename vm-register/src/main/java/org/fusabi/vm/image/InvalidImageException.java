package org.fusabi.vm.image;

/** The bytes are not a well-formed image of this version; the message says what is wrong in one line. */
public final class InvalidImageException extends RuntimeException {
    public InvalidImageException(String message) {
        super(oneLine(message), null, false, false);
    }

    /** Names read from a damaged file may hold any character; control characters are shown escaped. */
    private static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 || c == 0x7F) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
