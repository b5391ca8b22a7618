package org.fusabi.vm.embed;

import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.image.Image;

/**
 * A loaded script: an image bound to the library it was compiled against. It holds no run-time state, so one
 * script may be shared by any number of {@link Session}s on any threads; each session has its own globals and
 * stacks.
 */
public final class Script {
    private final Image image;
    private final Map<String, Export> exports = new LinkedHashMap<>();

    public Script(Image image) {
        this.image = image;
        for (Export e : image.exports()) exports.put(e.name(), e);
    }

    /**
     * Loads image bytes in place. A segment shared by threads must come from a shared or automatic arena; the
     * library must define every native the image names (the one it was compiled with, or one with the same names).
     */
    public static Script load(MemorySegment image, Library library) {
        return new Script(Image.load(image, library));
    }

    public static Script load(byte[] image, Library library) {
        return new Script(Image.load(image, library));
    }

    public Image image() {
        return image;
    }

    /** The script's top-level bindings with their types, in declaration order. */
    public List<Export> exports() {
        return List.copyOf(exports.values());
    }

    /** The top-level binding called {@code name} ({@code "f"}, {@code "Module.f"}). */
    public Export export(String name) {
        Export e = exports.get(name);
        if (e == null) {
            throw new NoSuchElementException("the script has no top-level binding '" + name + "' (it has: "
                    + String.join(", ", exports.keySet()) + ")");
        }
        return e;
    }

    /** A new session whose output goes to the process's standard streams. */
    public Session newSession() {
        return new Session(this, System.out, System.err);
    }

    /** A new session whose {@code printf}-family output goes to {@code out}, {@code eprintf} to {@code err}. */
    public Session newSession(PrintStream out, PrintStream err) {
        return new Session(this, out, err);
    }
}
