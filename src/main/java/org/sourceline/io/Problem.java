package org.sourceline.io;

/** One thing wrong with an input file, located so that a person can go and fix it. */
public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
