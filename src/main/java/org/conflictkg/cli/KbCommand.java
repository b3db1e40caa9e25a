package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.extract.KbCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code kg kb}: work on the actor knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Work on the actor knowledge base: check it (ids, links, aliases and the shapes), write the ontology's "
                + "reference page (doc), or list the names articles use that it lacks (suggest).",
        subcommands = {KbCommand.Check.class, KbCommand.Doc.class, KbCommand.Suggest.class})
final class KbCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kg kb suggest}: names the knowledge base lacks, found in articles, for curation. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "List the entities articles name that the knowledge base lacks (open-world discovery), with counts and an example sentence.")
    static final class Suggest implements Callable<Integer> {
        @Mixin
        Common common;

        @picocli.CommandLine.Option(names = "--min", description = "Only names seen at least this often (default: ${DEFAULT-VALUE}).", defaultValue = "1")
        int min;

        @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "PATH")
        List<java.nio.file.Path> paths;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            org.conflictkg.pipeline.Pipeline pipeline = common.pipeline();
            org.conflictkg.ingest.Ingestor ingestor = new org.conflictkg.ingest.Ingestor();
            java.util.Map<String, Object[]> found = new java.util.TreeMap<>();
            for (java.nio.file.Path f : new org.conflictkg.ingest.SourceFinder().find(paths).files()) {
                org.conflictkg.model.Extraction x;
                try {
                    x = pipeline.extract(ingestor.read(f));
                } catch (org.conflictkg.model.RejectedInputException e) {
                    continue;
                }
                java.util.Map<String, org.conflictkg.model.Entity> byId = new java.util.HashMap<>();
                x.entities().forEach(e -> byId.put(e.id(), e));
                for (org.conflictkg.model.Mention m : x.mentions()) {
                    org.conflictkg.model.Entity e = byId.get(m.entityId());
                    if (e == null || !e.discovered() || !"discovered".equals(m.method())) {
                        continue;
                    }
                    Object[] acc = found.computeIfAbsent(e.label() + "\t" + e.type(), k -> new Object[] {0, null, f.getFileName().toString()});
                    acc[0] = (Integer) acc[0] + 1;
                    if (acc[1] == null) {
                        int s0 = Math.max(0, x.article().text().lastIndexOf(". ", m.start()) + 1);
                        int s1 = x.article().text().indexOf(". ", m.end());
                        acc[1] = x.article().text().substring(s0, s1 < 0 ? x.article().text().length() : s1 + 1).strip();
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("count\tname\ttype\texample\tarticle");
            found.entrySet().stream().filter(e -> (Integer) e.getValue()[0] >= min)
                    .sorted((a, b) -> (Integer) b.getValue()[0] - (Integer) a.getValue()[0])
                    .forEach(e -> out.println(e.getValue()[0] + "\t" + e.getKey() + "\t" + abbreviate((String) e.getValue()[1]) + "\t" + e.getValue()[2]));
            out.flush();
            return Main.OK;
        }

        private static String abbreviate(String s) {
            String t = s.replaceAll("\\s+", " ");
            return t.length() > 200 ? t.substring(0, 197) + "..." : t;
        }
    }

    /** {@code kg kb doc}: the ontology's reference page. */
    @Command(name = "doc", mixinStandardHelpOptions = true, description = "Write the ontology's reference page (Markdown).")
    static final class Doc implements Callable<Integer> {
        @Mixin
        Common common;

        @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        java.nio.file.Path output;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            String doc = org.conflictkg.ontology.OntologyDoc.render(common.vocabulary().ontology());
            if (output == null) {
                spec.commandLine().getOut().print(doc);
                spec.commandLine().getOut().flush();
            } else {
                if (output.getParent() != null) {
                    java.nio.file.Files.createDirectories(output.getParent());
                }
                java.nio.file.Files.writeString(output, doc);
            }
            return Main.OK;
        }
    }

    /** {@code kg kb check}: shared names, references to nothing, undated agreements. Exit 1 when there are problems. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Report names shared by two entities, references to nothing, entities without label or date.")
    static final class Check implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var kb = common.vocabulary().kb();
            List<KbCheck.Problem> problems = KbCheck.check(kb);
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.printf("%d entities checked, %d problems%n", kb.size(), problems.size());
            out.flush();
            return problems.isEmpty() ? Main.OK : Main.FAILURE;
        }
    }
}
