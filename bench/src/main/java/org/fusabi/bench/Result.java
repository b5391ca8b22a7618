package org.fusabi.bench;

/** What one runtime did with one program: a measurement, or the reason there is none. */
record Result(String program, String engine, Status status, Measurement measurement, String message) {

    enum Status { OK, FAILED, NOT_INSTALLED }

    static Result ok(String program, String engine, Measurement measurement) {
        return new Result(program, engine, Status.OK, measurement, "");
    }

    static Result failed(String program, String engine, String message) {
        return new Result(program, engine, Status.FAILED, null, message);
    }

    static Result notInstalled(String program, String engine) {
        return new Result(program, engine, Status.NOT_INSTALLED, null, "not installed");
    }
}
