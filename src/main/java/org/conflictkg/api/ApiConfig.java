package org.conflictkg.api;

/**
 * How the server runs.
 *
 * @param token          the bearer token writes need, or null: then no write is accepted
 * @param timeoutMillis  the SPARQL query timeout
 * @param maxBodyBytes   the largest request body accepted
 * @param maxResults     the largest page a list endpoint returns
 */
public record ApiConfig(String token, long timeoutMillis, long maxBodyBytes, int maxResults) {
    public ApiConfig {
        if (timeoutMillis <= 0 || maxBodyBytes <= 0 || maxResults <= 0) {
            throw new IllegalArgumentException("timeout, body limit and page size must be positive");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
    }

    public static ApiConfig defaults(String token) {
        return new ApiConfig(token, 10_000, 10L * 1024 * 1024, 1000);
    }
}
