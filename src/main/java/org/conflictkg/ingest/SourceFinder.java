package org.conflictkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.conflictkg.model.RejectedInputException;

/**
 * Expands files and folders (recursively, in name order) into the article files to read.
 * Symbolic links to folders are not followed, so link loops cannot trap it. Paths that do not
 * exist or cannot be listed become problems, not exceptions, so the batch goes on.
 */
public final class SourceFinder {
    /** The file name endings read from folders. Files named explicitly are read whatever their ending. */
    public static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".xhtml");

    /** The result: files to read and inputs refused already. */
    public record Found(List<Path> files, List<RejectedInputException> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public Found find(Collection<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<RejectedInputException> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(new RejectedInputException(root.toString(), "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, files, problems);
            } else {
                files.add(root);
            }
        }
        return new Found(files, problems);
    }

    private static void walk(Path root, List<Path> files, List<RejectedInputException> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hasArticleExtension(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new RejectedInputException(file.toString(), "cannot be read: " + e.getClass().getSimpleName()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        found.sort(null);
        files.addAll(found);
    }

    static boolean hasArticleExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (n.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }
}
