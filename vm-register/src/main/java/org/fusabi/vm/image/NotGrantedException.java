package org.fusabi.vm.image;

import java.util.List;

/** An image needs capabilities its host does not grant: it is refused when loaded, before anything of it runs. */
public final class NotGrantedException extends RuntimeException {
    private final List<Capability> missing;

    public NotGrantedException(List<Capability> missing) {
        super("the script needs " + inWords(missing) + ", which this host does not grant", null, false, false);
        this.missing = List.copyOf(missing);
    }

    /** "console access, file access and process exit". */
    private static String inWords(List<Capability> capabilities) {
        List<String> words = capabilities.stream().map(c -> c.description).toList();
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The capabilities the image needs and the host does not grant. */
    public List<Capability> missing() {
        return missing;
    }
}
