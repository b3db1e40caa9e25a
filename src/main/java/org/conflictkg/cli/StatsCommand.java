package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg stats}: counts for the knowledge base or the store. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts: of the knowledge base by type (--kb), or of the store.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--kb", description = "Count the knowledge base's entities by type, names and links.")
    boolean kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (kb) {
            KnowledgeBase k = common.vocabulary().kb();
            Map<EntityType, Integer> byType = new TreeMap<>();
            int names = 0;
            int links = 0;
            for (KbEntity e : k.entities()) {
                byType.merge(e.type(), 1, Integer::sum);
                names += 1 + e.aliases().size() + e.demonyms().size();
                links += e.links().values().stream().mapToInt(java.util.List::size).sum();
            }
            out.println("Knowledge base by type:");
            byType.forEach((t, n) -> out.printf("  %-30s %5d%n", t, n));
            out.printf("  %-30s %5d%n", "entities", k.size());
            out.printf("  %-30s %5d%n", "names (labels, aliases, demonyms)", names);
            out.printf("  %-30s %5d%n", "links between entities", links);
        } else {
            try (KgStore store = common.openExisting()) {
                ResultSetRewindable rs = store.select("""
                        PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                        SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                          { ?a a ckg:Article } UNION { ?c a ckg:Claim } }""");
                QuerySolution q = rs.next();
                out.printf("Articles: %d%nClaims:   %d%nQuads:    %d%n", q.getLiteral("articles").getLong(),
                        q.getLiteral("claims").getLong(), store.size());
            }
        }
        out.flush();
        return Main.OK;
    }
}
