package org.fusabi.vm;

/**
 * Text from a script or an image, made fit for a one-line message: control characters escaped (a NUL byte or a
 * line break in a name must not reach a terminal raw) and at most a short piece of it (a name of 100 MB must not
 * become a message of 100 MB).
 */
public final class Excerpt {
    private Excerpt() {}

    /** How many characters of a quoted text a message shows. */
    public static final int MAX = 80;

    /** The text with every control character as {@code \\uXXXX}. */
    public static String escaped(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** At most {@link #MAX} characters of the text, escaped; a longer one says how long it was. */
    public static String of(String s) {
        if (s.length() <= MAX) return escaped(s);
        return escaped(s.substring(0, MAX)) + "... (" + s.length() + " characters)";
    }
}
