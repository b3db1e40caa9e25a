package org.conflictkg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.conflictkg.ontology.Ckg;
import org.conflictkg.ontology.Iris;
import org.conflictkg.store.KgStore;

/**
 * The server's index of positive claims by entity and of entity labels, read from the store
 * once and kept in step with the writes the server makes: an article posted or deleted is
 * re-read alone, any other change (a SPARQL update) re-reads the whole store before the next
 * answer. {@link #links} gives exactly what {@link LinkService#links} reads from the store (a
 * test holds them equal), without a query per request: on a store of 100,000 articles the
 * claims about one country run to tens of thousands. Thread-safe.
 */
public final class LinkIndex {
    private static final String CLAIMS = Rows.PREFIXES + """
            SELECT ?claim ?subject ?object ?rel ?article ?evidence ?confidence ?issued ?publisher WHERE {
              GRAPH ?g {
                ?claim a ckg:Claim ; rdf:subject ?subject ; rdf:object ?object ; rdf:predicate ?rel ; ckg:polarity "positive" ;
                       ckg:evidence ?evidence ; ckg:inArticle ?article ; ckg:confidence ?confidence .
                OPTIONAL { ?article dcterms:issued ?issued }
                OPTIONAL { ?article dcterms:publisher ?publisher }
              }
            }""";
    private static final String LABELS = Rows.PREFIXES + """
            SELECT ?g ?e ?label ?type ?discovered WHERE {
              GRAPH ?g { ?e skos:prefLabel ?label ; a ?type . OPTIONAL { ?e ckg:discovered ?discovered } }
              FILTER(STRSTARTS(STR(?type), STR(ckg:)) && ?type != ckg:Claim && ?type != ckg:Mention && ?type != ckg:Article)
            }""";

    /**
     * An entity's label and class local name, whether the extractor discovered it, and whether
     * they come from the knowledge base. Where graphs differ, the knowledge base's wins, then the
     * first label and class in code-point order, as {@link LinkService#describe} picks them.
     */
    public record Label(String label, String type, boolean discovered, boolean fromKb) {
        static final java.util.Comparator<Label> ORDER = java.util.Comparator.comparing((Label l) -> !l.fromKb())
                .thenComparing(Label::label).thenComparing(Label::type);

        Label asDiscovered() {
            return new Label(label, type, true, fromKb);
        }
    }

    private final KgStore store;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, List<LinkRow>> byEntity = new HashMap<>();
    private final Map<String, List<LinkRow>> byArticle = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private volatile boolean stale = true;
    /** Counts the changes, so that an answer read before one is not kept after it. */
    private volatile long generation;
    /** Discovered entities in label order, made on the first search after a change. */
    private volatile DiscoveredNames discoveredByLabel;
    /** Answers already given, until the next change: the most-linked entities have tens of thousands of claims. */
    private final Map<String, List<Link>> answers = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Link>> eldest) {
            return size() > 4096;
        }
    });
    private int claims;

    public LinkIndex(KgStore store) {
        this.store = store;
    }

    /** Reads the whole store now (otherwise the first answer does). */
    public LinkIndex load() {
        lock.writeLock().lock();
        try {
            reload();
        } finally {
            lock.writeLock().unlock();
        }
        return this;
    }

    /** The store changed in a way the index cannot follow: read it all again before the next answer. */
    public void invalidate() {
        stale = true;
        forget();
    }

    /** An article graph was written or removed: re-read that article alone. */
    public void articleChanged(String articleIri) {
        lock.writeLock().lock();
        try {
            if (stale) {
                reload();
                return;
            }
            for (LinkRow r : byArticle.getOrDefault(articleIri, List.of())) {
                byEntity.computeIfPresent(r.subject(), (k, l) -> without(l, articleIri));
                byEntity.computeIfPresent(r.object(), (k, l) -> without(l, articleIri));
                claims--;
            }
            byArticle.remove(articleIri);
            forget();
            readClaims(articleIri);
            readLabels(articleIri);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The links of an entity and its focus set, as {@link LinkService#links} gives them. */
    public List<Link> links(List<String> focus, ClaimFilter filter) {
        String key = focus + "|" + filter;
        List<Link> cached = answers.get(key);
        if (cached != null && !stale) {
            return cached;
        }
        List<LinkRow> rows = new ArrayList<>();
        long[] seen = new long[1];
        withRead(() -> {
            seen[0] = generation;
            for (String f : focus) {
                rows.addAll(byEntity.getOrDefault(f, List.of()));
            }
        });
        List<Link> answer = List.copyOf(LinkService.aggregate(focus, rows, filter, this::describe));
        synchronized (answers) {
            if (generation == seen[0]) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** Label and class local name, as {@link LinkService#describe} gives them. */
    public String[] describe(String iri) {
        Label[] l = new Label[1];
        withRead(() -> l[0] = labels.get(iri));
        return l[0] == null ? new String[] {iri, ""} : new String[] {l[0].label(), l[0].type()};
    }

    /** The label of an entity the store knows (from the knowledge base or an article), if any. */
    public java.util.Optional<Label> label(String iri) {
        Label[] l = new Label[1];
        withRead(() -> l[0] = labels.get(iri));
        return java.util.Optional.ofNullable(l[0]);
    }

    /** Discovered entities whose label contains the text (lower case), by label. */
    public List<Map.Entry<String, Label>> discovered(String needle, int max) {
        List<Map.Entry<String, Label>> out = new ArrayList<>();
        withRead(() -> {
            DiscoveredNames names = discoveredByLabel;
            if (names == null) {
                List<Named> named = new ArrayList<>();
                for (Map.Entry<String, Label> e : labels.entrySet()) {
                    if (e.getValue().discovered()) {
                        named.add(new Named(e.getValue().label().toLowerCase(Locale.ROOT), e.getKey(), e.getValue()));
                    }
                }
                named.sort(java.util.Comparator.comparing((Named n) -> n.label().label()).thenComparing(Named::iri));
                names = new DiscoveredNames(named);
                discoveredByLabel = names;
            }
            names.find(needle, max, n -> out.add(Map.entry(n.iri(), n.label())));
        });
        return out;
    }

    /** A discovered entity with its label in lower case, for search. */
    private record Named(String lower, String iri, Label label) {
    }

    /**
     * Discovered entities by label with an index of the three-letter pieces of their labels: a
     * search reads only the labels holding the needle's rarest piece, in label order, instead of
     * every label (a store of 100,000 articles has tens of thousands of discovered names).
     */
    private static final class DiscoveredNames {
        private final List<Named> named;
        private final Map<String, int[]> byTrigram = new HashMap<>();

        DiscoveredNames(List<Named> named) {
            this.named = named;
            Map<String, List<Integer>> postings = new HashMap<>();
            for (int i = 0; i < named.size(); i++) {
                String l = named.get(i).lower();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int k = 0; k + 3 <= l.length(); k++) {
                    String t = l.substring(k, k + 3);
                    if (seen.add(t)) {
                        postings.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
                    }
                }
            }
            postings.forEach((t, list) -> byTrigram.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** The names containing {@code needle}, in label order, at most {@code max}. */
        void find(String needle, int max, java.util.function.Consumer<Named> sink) {
            int[] candidates = null;
            for (int k = 0; k + 3 <= needle.length(); k++) {
                int[] p = byTrigram.getOrDefault(needle.substring(k, k + 3), new int[0]);
                if (candidates == null || p.length < candidates.length) {
                    candidates = p;
                }
            }
            if (candidates == null) {
                // a needle of one or two letters: every name
                candidates = java.util.stream.IntStream.range(0, named.size()).toArray();
            }
            int found = 0;
            for (int i : candidates) {
                Named n = named.get(i);
                if (n.lower().contains(needle)) {
                    sink.accept(n);
                    if (++found == max) {
                        return;
                    }
                }
            }
        }
    }

    /** Positive claims indexed. */
    public int claims() {
        int[] n = new int[1];
        withRead(() -> n[0] = claims);
        return n[0];
    }

    private void withRead(Runnable r) {
        if (stale) {
            load();
        }
        lock.readLock().lock();
        try {
            r.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void forget() {
        synchronized (answers) {
            generation++;
            answers.clear();
            discoveredByLabel = null;
        }
    }

    private void reload() {
        forget();
        byEntity.clear();
        byArticle.clear();
        labels.clear();
        strings.clear();
        claims = 0;
        readClaims(null);
        readLabels(null);
        stale = false;
    }

    private void readClaims(String graph) {
        store.select(only(CLAIMS, graph)).forEachRemaining(s -> {
            LinkRow r = LinkRow.of(s);
            r = new LinkRow(r.claim(), intern(r.subject()), intern(r.object()), intern(r.relation()), intern(r.article()),
                    intern(r.evidence()), r.confidence(), r.issued() == null ? null : intern(r.issued()),
                    r.publisher() == null ? null : intern(r.publisher()));
            byEntity.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
            if (!r.object().equals(r.subject())) {
                byEntity.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(r);
            }
            byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
            claims++;
        });
    }

    private void readLabels(String graph) {
        store.select(only(LABELS, graph)).forEachRemaining((QuerySolution s) -> {
            String iri = s.getResource("e").getURI();
            boolean discovered = s.contains("discovered") && s.getLiteral("discovered").getBoolean();
            Label l = new Label(s.getLiteral("label").getString(), s.getResource("type").getURI().substring(Ckg.NS.length()),
                    discovered, s.getResource("g").getURI().equals(Iris.KB_GRAPH));
            labels.merge(intern(iri), l, (a, b) -> {
                Label best = Label.ORDER.compare(a, b) <= 0 ? a : b;
                return a.discovered() || b.discovered() ? best.asDiscovered() : best;
            });
        });
    }

    /** The query over every graph, or over one (its IRI bound as a parameter, never pasted in). */
    private static org.apache.jena.query.Query only(String query, String graph) {
        if (graph == null) {
            return new ParameterizedSparqlString(query).asQuery();
        }
        // The graph bound first (not filtered after): the store reads that graph alone.
        int where = query.indexOf("WHERE {") + "WHERE {".length();
        ParameterizedSparqlString q = new ParameterizedSparqlString(query.substring(0, where) + " VALUES ?g { ?only } " + query.substring(where));
        q.setIri("only", graph);
        return q.asQuery();
    }

    private static List<LinkRow> without(List<LinkRow> rows, String article) {
        List<LinkRow> kept = new ArrayList<>(rows.size());
        for (LinkRow r : rows) {
            if (!r.article().equals(article)) {
                kept.add(r);
            }
        }
        return kept.isEmpty() ? null : kept;
    }

    private String intern(String s) {
        return strings.computeIfAbsent(s, k -> k);
    }
}
