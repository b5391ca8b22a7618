package org.fusabi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** File errors as a user reads them: {@code FILE: what went wrong}, naming the file that failed, not the one asked about. */
final class Problems {
    private Problems() {}

    /** The failure of an operation on file (the JDK names the failing file, which may be another: an output). */
    static String describe(IOException e, Path file) {
        if (!(e instanceof FileSystemException f)) return file + ": " + e.getMessage();
        String name = f.getFile() != null ? f.getFile() : file.toString();
        String reason = switch (f) {
            case NoSuchFileException n -> "no such file or directory";
            case AccessDeniedException a -> "permission denied";
            case NotDirectoryException n -> "not a directory";
            case FileAlreadyExistsException x -> "already exists";
            case DirectoryNotEmptyException d -> "directory not empty";
            default -> f.getReason() != null ? f.getReason() : "cannot be read or written";
        };
        return name + ": " + reason;
    }
}
