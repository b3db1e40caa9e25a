package org.conflictkg.model;

/** The one unchecked root exception of the project; messages name the bad input. */
public class ConflictKgException extends RuntimeException {
    public ConflictKgException(String message) {
        super(message);
    }

    public ConflictKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
