package org.conflictkg.bench;

/**
 * One measured run over a set of articles.
 *
 * @param label    what was measured
 * @param threads  threads used
 * @param articles articles processed
 * @param tokens   tokens in those articles
 * @param bytes    UTF-8 bytes of the raw inputs
 * @param seconds  wall-clock time
 */
public record Throughput(String label, int threads, int articles, long tokens, long bytes, double seconds) {
    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
