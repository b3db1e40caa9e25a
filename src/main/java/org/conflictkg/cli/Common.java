package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Options several commands share: the store, the ontology folder and the queries folder. */
final class Common {
    @Option(names = "--store", paramLabel = "DIR|URL", description = "The TDB2 store folder; a running kg serve's address such as "
            + "http://127.0.0.1:7070 (writes need --token-file); or the URL of a SPARQL 1.1 server's dataset such as "
            + "http://localhost:3030/ds (default: ${DEFAULT-VALUE}).", defaultValue = "kg-store")
    String store;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token: kg serve requires it of every write; "
            + "other commands send it when they write through a running kg serve (--store http://HOST:PORT).")
    Path tokenFile;

    /** The token in --token-file, or null without one. */
    String token() {
        if (tokenFile == null) {
            return null;
        }
        if (!Files.isReadable(tokenFile)) {
            throw new org.conflictkg.model.UsageException("cannot read the token file " + tokenFile);
        }
        try {
            String token = Files.readString(tokenFile).strip();
            if (token.length() < 16) {
                throw new org.conflictkg.model.UsageException("the token in " + tokenFile + " is shorter than 16 characters");
            }
            return token;
        } catch (java.io.IOException e) {
            throw new org.conflictkg.model.ConflictKgException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store the options name: a folder (created when needed) or a server. */
    org.conflictkg.store.KgStore openStore() {
        return org.conflictkg.store.KgStore.isRemote(store) ? org.conflictkg.store.RemoteStore.connect(store, token())
                : org.conflictkg.store.KgStore.open(store);
    }

    /** Opens an existing store, or fails naming where it looked. */
    org.conflictkg.store.KgStore openExisting() {
        if (!org.conflictkg.store.KgStore.exists(store)) {
            throw new org.conflictkg.model.ConflictKgException("no store at " + store + "; build one with: kg build PATH");
        }
        return openStore();
    }

    @Option(names = "--ontology", paramLabel = "DIR", description = "Folder with conflict-kg.ttl and kb/*.ttl (default: ./ontology when present, else the bundled copy).")
    Path ontology;

    /** The ontology folder: --ontology, else ./ontology when present, else null (the bundled copy). */
    Path ontologyDir() {
        return ontology != null ? ontology : (Files.isDirectory(Path.of("ontology", "kb")) ? Path.of("ontology") : null);
    }

    KbLoader.Loaded vocabulary() {
        return KbLoader.load(ontologyDir());
    }

    /** A name resolver over the knowledge base, without loading the language models. */
    org.conflictkg.extract.NameResolver resolver() {
        return new org.conflictkg.extract.Extractor(vocabulary().kb()).resolver();
    }

    Pipeline pipeline() {
        return new Pipeline(vocabulary(), NlpModels.load());
    }

    static Path queriesDir() {
        return Files.isDirectory(Path.of("queries")) ? Path.of("queries") : null;
    }
}
