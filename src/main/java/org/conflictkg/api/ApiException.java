package org.conflictkg.api;

import org.conflictkg.model.ConflictKgException;

/** An error with its HTTP status: 400 bad parameter, 401 no valid token, 404 unknown id, 413 too large. */
public final class ApiException extends ConflictKgException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, "bad request", detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "not found", detail);
    }
}
