package org.fusabi.bench;

/** Told what is about to run, so that a long comparison shows it is alive. */
@FunctionalInterface
interface Progress {
    void step(String engine, String program, String step);
}
