package org.conflictkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.conflictkg.model.ConflictKgException;

/**
 * A closed-loop HTTP load generator: {@code clients} threads each send a request, wait for the
 * whole answer, and send the next, for a fixed time, going round a list of requests. Latency
 * is measured per request from send to the last byte read.
 */
public final class ServeBench {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ServeBench(String base) {
        this.base = base;
    }

    /** Figures of one scenario. */
    public record Result(String label, int clients, long requests, long errors, double seconds, double p50, double p90,
                         double p99, double max, long bytes) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    /** A GET of a path. */
    public IntFunction<HttpRequest> get(List<String> paths) {
        return i -> HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).timeout(Duration.ofSeconds(60)).build();
    }

    /** A SPARQL query sent as the protocol's POST form, asking for JSON results (RDF as Turtle for graphs). */
    public IntFunction<HttpRequest> sparql(List<String> queries) {
        return i -> HttpRequest.newBuilder(URI.create(base + "/sparql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8)))
                .build();
    }

    /** Sends the requests from {@code clients} threads for {@code seconds}, after the same load for {@code warmUp} seconds. */
    public Result run(String label, int clients, double seconds, double warmUp, IntFunction<HttpRequest> requests) {
        if (warmUp > 0) {
            load(clients, warmUp, requests);
        }
        Load l = load(clients, seconds, requests);
        long[] all = l.latencies();
        Arrays.sort(all);
        return new Result(label, clients, all.length, l.errors(), l.seconds(), quantile(all, 0.5), quantile(all, 0.9),
                quantile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, l.bytes());
    }

    private record Load(long[] latencies, long errors, double seconds, long bytes) {
    }

    private Load load(int clients, double seconds, IntFunction<HttpRequest> requests) {
        AtomicInteger next = new AtomicInteger();
        long[][] latencies = new long[clients][];
        long[] errors = new long[clients];
        long[] bytes = new long[clients];
        java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        for (int c = 0; c < clients; c++) {
            int me = c;
            Thread t = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest r = requests.apply(next.getAndIncrement());
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> reply = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (reply.statusCode() != 200) {
                            errors[me]++;
                            failure.set(reply.statusCode() + " for " + r.uri() + ": " + new String(reply.body(), StandardCharsets.UTF_8));
                        }
                        bytes[me] += reply.body().length;
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                    }
                } catch (java.io.IOException e) {
                    errors[me]++;
                    failure.set(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[me] = Arrays.copyOf(mine, n);
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictKgException("benchmark interrupted", e);
        }
        double took = (System.nanoTime() - start) / 1e9;
        long errs = Arrays.stream(errors).sum();
        if (errs > 0 && failure.get() != null) {
            System.err.println("bench: " + errs + " failed requests, for example " + abbreviate(failure.get()));
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        return new Load(all, errs, took, Arrays.stream(bytes).sum());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** The q-quantile of sorted nanosecond latencies, in milliseconds (nearest rank). */
    static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
