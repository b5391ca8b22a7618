package org.fusabi.vm.capability;

import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;

/**
 * .NET's {@code System.IO.Path} functions on Unix, which work on the text of a path and touch no file: the
 * separator is '/', a rooted path starts with it, and an extension is the last '.' of the last segment onwards.
 */
final class DotNetPaths {
    private DotNetPaths() {}

    /** {@code Path.Combine}: a rooted later part starts over; an empty one is skipped. */
    static String combine(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p == null) throw NetErrors.raise(NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter 'path" + (parts.length > 2 ? "s" : "1") + "')");
            if (p.isEmpty()) continue;
            if (p.startsWith("/")) out.setLength(0);
            else if (!out.isEmpty() && out.charAt(out.length() - 1) != '/') out.append('/');
            out.append(p);
        }
        return out.toString();
    }

    static String fileName(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    /** The extension with its dot, or "" when the file name has none (or ends with the dot). */
    static String extension(String path) {
        if (path == null) return null;
        int dot = extensionDot(path);
        return dot < 0 || dot == path.length() - 1 ? "" : path.substring(dot);
    }

    static String fileNameWithoutExtension(String path) {
        if (path == null) return null;
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The directory part: null for the root or null, "" for a bare file name, "/" for a file in the root. */
    static String directoryName(String path) {
        if (path == null || path.isEmpty() || path.chars().allMatch(c -> c == '/')) return null;
        int slash = path.lastIndexOf('/');
        if (slash < 0) return "";
        int end = slash;
        while (end > 0 && path.charAt(end - 1) == '/') end--;
        return end == 0 ? "/" : path.substring(0, end);
    }

    /** The path with another extension: {@code ext} with or without its dot; null removes the extension. */
    static String changeExtension(String path, String ext) {
        if (path == null) return null;
        int dot = extensionDot(path);
        String base = dot < 0 ? path : path.substring(0, dot);
        if (ext == null) return base;
        return base + (ext.startsWith(".") ? ext : "." + ext);
    }

    private static int extensionDot(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? dot : -1;
    }
}
