package org.fusabi.vm.image;

/**
 * The file under a mapped image shrank while the image was in use (it was truncated, or rewritten in place): a
 * function read for the first time lies, wholly or partly, past the file's new end, which the JVM reports as an
 * {@link InternalError} of the read. What was read before was copied, and stays as it was checked.
 */
public final class ImageChangedException extends InvalidImageException {
    public ImageChangedException() {
        super("the image changed while it was running");
    }
}
