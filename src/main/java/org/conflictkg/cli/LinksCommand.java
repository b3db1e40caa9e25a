package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.Iris;
import org.conflictkg.query.Link;
import org.conflictkg.query.LinkService;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg links NAME}: the entities linked to an entity, with evidence. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"The entities linked to NAME (any of its names), with relations, claim and article counts and one evidence sentence.",
                "By default a link is a tie between actors (alliedWith, fightsAgainst, supports, memberOf, affiliateOf, branchOf, commands, "
                        + "formerlyKnownAs, accuses, opposes, roleIn, leaderOf, spokespersonOf, advisorTo) with another actor: no places, "
                        + "agreements or events, and no labels, designations or quotes. --relation, --type or --all widen it."})
final class LinksCommand implements Callable<Integer> {
    enum Format { table, tsv, json }

    @Mixin
    Common common;

    @Parameters(index = "0", paramLabel = "NAME", description = "An entity's name, alias or IRI.")
    String name;

    @Option(names = "--with-predecessors", description = "Count the claims about the entity's former names too.")
    boolean withPredecessors;

    @Option(names = "--format", description = "table, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Format format;

    @Option(names = "--relation", split = ",", paramLabel = "RELATION", description = "Only these relations (local names, comma-separated: alliedWith,supports,labelledTerrorist ...).")
    List<String> relations;

    @Option(names = "--type", split = ",", paramLabel = "CLASS", description = "Only linked entities of these classes (ArmedGroup, ArmedForce, State, Person, Organisation, Location, Agreement ...).")
    List<String> types;

    @Option(names = "--all", description = "Every relation with every kind of entity: places, agreements, labels and quotes too.")
    boolean all;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NameResolver resolver = common.resolver();
        String iri = name.startsWith(Iris.ENTITY) ? name
                : resolver.resolve(name).map(r -> Iris.entity(r.entity().id()))
                .orElseThrow(() -> new ConflictKgException("unknown entity '" + name + "'; try kg resolve"));
        List<Link> links;
        String label;
        try (KgStore store = common.openExisting()) {
            LinkService service = new LinkService(store);
            links = service.links(iri, withPredecessors, filter());
            label = service.describe(iri)[0];
        }
        links = links.stream().filter(this::typeAccepted).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("entity", iri);
                o.put("label", label);
                o.put("withPredecessors", withPredecessors);
                o.put("links", links);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
            }
            case tsv -> {
                out.println("entity\tlabel\ttype\trelations\tclaims\tarticles\tevidence");
                for (Link l : links) {
                    out.println(String.join("\t", l.entity(), l.label(), l.type(), l.relationSummary(),
                            String.valueOf(l.claims()), String.valueOf(l.articles()), l.evidence().replaceAll("\\s+", " ")));
                }
            }
            case table -> table(out, label, links);
        }
        out.flush();
        return Main.OK;
    }

    /** The relations asked for; by default the ties between actors. */
    private org.conflictkg.query.ClaimFilter filter() {
        if (types != null) {
            for (String t : types) {
                try {
                    org.conflictkg.model.EntityType.parse(t);
                } catch (IllegalArgumentException e) {
                    throw new org.conflictkg.model.UsageException("--type: " + e.getMessage());
                }
            }
        }
        if (relations != null) {
            for (String r : relations) {
                if (!r.matches("[A-Za-z]+")) {
                    throw new org.conflictkg.model.UsageException("--relation takes a relation's local name, such as alliedWith, not '" + r + "'");
                }
            }
            return org.conflictkg.query.ClaimFilter.NONE.onlyRelations(java.util.Set.copyOf(relations));
        }
        return all || types != null ? org.conflictkg.query.ClaimFilter.NONE
                : org.conflictkg.query.ClaimFilter.NONE.onlyRelations(org.conflictkg.query.ClaimFilter.ACTOR_LINKS);
    }

    private boolean typeAccepted(Link l) {
        if (types != null) {
            return types.stream().anyMatch(t -> t.equalsIgnoreCase(l.type()));
        }
        return all || relations != null || !org.conflictkg.query.ClaimFilter.NOT_ACTORS.contains(l.type());
    }

    private void table(PrintWriter out, String label, List<Link> links) {
        String scope = relations != null ? " by " + String.join(", ", relations) : all ? " by any relation" : types != null ? "" : " (ties between actors)";
        out.printf("%s: %d linked entities%s%s%n%n", label, links.size(), scope, withPredecessors ? ", with predecessors" : "");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Entity", "Type", "Relations", "Claims", "Articles"});
        for (Link l : links) {
            rows.add(new String[] {l.label(), l.type(), l.relationSummary(), String.valueOf(l.claims()), String.valueOf(l.articles())});
        }
        int[] w = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < 5; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            out.printf("%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %" + w[3] + "s  %" + w[4] + "s%n", (Object[]) r);
        }
        out.println();
        out.println("Evidence:");
        for (Link l : links) {
            String ev = l.evidence().replaceAll("\\s+", " ");
            out.printf("  %s: \u201C%s\u201D%n", l.label(), ev.length() > 220 ? ev.substring(0, 217) + "..." : ev);
        }
    }
}
