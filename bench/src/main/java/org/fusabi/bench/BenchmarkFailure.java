package org.fusabi.bench;

/** A runtime could not produce a trustworthy time for a program; the message says why, for the report. */
final class BenchmarkFailure extends Exception {
    BenchmarkFailure(String message) {
        super(message, null, false, false);
    }
}
