package org.fusabi.vm.capability;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.NetExceptionType;

/** Java's I/O failures as the .NET exceptions and messages a script on .NET (on Unix) would see. */
final class IoErrors {
    private IoErrors() {}

    /** The failure of an operation on a file the script named. */
    static ScriptError of(IOException e, FileRoot.Target file) {
        return switch (e) {
            case NoSuchFileException x -> notFound(file);
            case NotDirectoryException x -> directoryNotFound(file.shown());
            case AccessDeniedException x -> denied(file.shown());
            case FileAlreadyExistsException x -> NetErrors.raise(NetExceptionType.IO, "The file '" + file.shown() + "' already exists.");
            case DirectoryNotEmptyException x -> NetErrors.raise(NetExceptionType.IO, "Directory not empty : '" + file.shown() + "'");
            default -> of(e);
        };
    }

    /** A file that is not there: FileNotFoundException, or DirectoryNotFoundException when its directory is not either. */
    static ScriptError notFound(FileRoot.Target file) {
        Path parent = file.path().getParent();
        if (parent != null && !Files.isDirectory(parent)) return directoryNotFound(file.shown());
        return NetErrors.raise(NetExceptionType.FILE_NOT_FOUND, "Could not find file '" + file.shown() + "'.");
    }

    /** A failure of a stream, not of a named file. */
    static ScriptError of(IOException e) {
        return NetErrors.raise(NetExceptionType.IO, e.getMessage() == null ? "I/O error." : e.getMessage());
    }

    static ScriptError directoryNotFound(String shown) {
        return NetErrors.raise(NetExceptionType.DIRECTORY_NOT_FOUND, "Could not find a part of the path '" + shown + "'.");
    }

    static ScriptError denied(String shown) {
        return NetErrors.raise(NetExceptionType.UNAUTHORIZED_ACCESS, "Access to the path '" + shown + "' is denied.");
    }
}
