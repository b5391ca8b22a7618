package org.fusabi.vm.image;

import java.util.List;

/** An image needs capabilities its host does not grant: it is refused when loaded, before anything of it runs. */
public final class NotGrantedException extends RuntimeException {
    private final List<Capability> missing;

    public NotGrantedException(List<Capability> missing) {
        super("the script needs " + String.join(" and ", missing.stream().map(c -> c.description).toList())
                + ", which this host does not grant", null, false, false);
        this.missing = List.copyOf(missing);
    }

    /** The capabilities the image needs and the host does not grant. */
    public List<Capability> missing() {
        return missing;
    }
}
