package org.fusabi.vm.capability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;

/**
 * Which files a file grant reaches: anywhere the process may (as {@code dotnet fsi}), or only the files under one
 * directory, read-only or read-write. Under a root, a script's path is resolved against it, and a path that leaves
 * it is refused with .NET's UnauthorizedAccessException: {@code ..} past the root, an absolute path elsewhere, or a
 * symbolic link (anywhere along the path) whose target lies outside.
 *
 * <p>The check is made when the script names a file, before the file is opened; a host that lets other processes
 * change links under the root while scripts run should not rely on it alone.
 */
public final class FileRoot {
    /** The real path of the root directory, or null for no root. */
    private final Path root;
    private final boolean writable;

    private FileRoot(Path root, boolean writable) {
        this.root = root;
        this.writable = writable;
    }

    /** Every file the process may read or write; relative paths are relative to its working directory. */
    public static FileRoot anywhere() {
        return new FileRoot(null, true);
    }

    /** The files under {@code directory}, which scripts may read but not change. */
    public static FileRoot readOnly(Path directory) {
        return new FileRoot(realDirectory(directory), false);
    }

    /** The files under {@code directory}, which scripts may read, create, change and delete. */
    public static FileRoot readWrite(Path directory) {
        return new FileRoot(realDirectory(directory), true);
    }

    private static Path realDirectory(Path directory) {
        if (!Files.isDirectory(directory)) throw new IllegalArgumentException("not a directory: " + directory);
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file a script named: where it is, and how errors name it. */
    record Target(Path path, String shown) {}

    /**
     * The text of a file as a script's {@code File.ReadAllText} reads it: for a host that reads scripts through the
     * grant ({@code #load}); a path the root does not reach, or a missing file, is .NET's exception, as a ScriptError.
     */
    public String readText(String path) {
        return FileModule.readAllText(reading(path));
    }

    /** The file a script's path names, to be read. */
    Target reading(String path) {
        return resolve(path, false);
    }

    /** The file a script's path names, to be created, changed or deleted. */
    Target writing(String path) {
        return resolve(path, true);
    }

    private Target resolve(String name, boolean write) {
        if (name == null) throw NetErrors.raise(NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter 'path')");
        if (name.isEmpty()) throw NetErrors.argument("The value cannot be an empty string.", "path");
        Path p;
        try {
            p = root == null ? Path.of(name).toAbsolutePath().normalize() : root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw NetErrors.argument("The path '" + name + "' is not valid: " + e.getReason() + ".", "path");
        }
        if (root == null) return new Target(p, p.toString());
        if (!p.startsWith(root) || !realPathInside(p) || write && !writable) throw IoErrors.denied(name);
        return new Target(p, name);
    }

    /** Whether the part of p that exists, links followed, is still under the root. */
    private boolean realPathInside(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
        if (existing == null) return false;
        try {
            return existing.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false; // a dangling link: where it would lead cannot be checked
        }
    }
}
