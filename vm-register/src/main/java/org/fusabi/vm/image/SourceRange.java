package org.fusabi.vm.image;

/** A file of a script, for the image's source section: its name, and the image line its first line has. */
public record SourceRange(String name, int firstLine) {}
