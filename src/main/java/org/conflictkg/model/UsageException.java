package org.conflictkg.model;

/**
 * A request the user must change before it can run: an unknown format, a missing parameter, a
 * malformed query, a path that is not there. The command line exits with its usage code (2) and
 * touches nothing; the REST API answers 400.
 */
public class UsageException extends ConflictKgException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
