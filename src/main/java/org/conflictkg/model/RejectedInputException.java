package org.conflictkg.model;

/** An input that is refused (empty, binary, oversize, undecodable); names the input. */
public class RejectedInputException extends ConflictKgException {
    private final String input;

    public RejectedInputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    public String input() {
        return input;
    }

    /** The reason without the input's name. */
    public String reason() {
        String m = getMessage();
        return m.substring(Math.min(m.length(), input.length() + 2));
    }
}
