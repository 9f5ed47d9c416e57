package org.switchover.config;

import java.nio.file.Path;

/**
 * One problem in a configuration file, at a line (1-based; 0 when it concerns the file or directory
 * as a whole). Printed the way compilers print errors, so editors can jump to it.
 */
public record ConfigProblem(Path file, int line, String message) {

    /** A problem with the file as a whole (unreadable, empty, missing directory). */
    public static ConfigProblem ofFile(Path file, String message) {
        return new ConfigProblem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
