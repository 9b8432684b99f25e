package org.quickfreeze.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder. A run's outputs are written as drafts under temporary
 * names and put in place together once every one of them is complete, so that
 * a failed run leaves no half-written report under a final name, and no mix of
 * this run's and an earlier run's outputs either.
 */
public final class OutputFiles {

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(OutputFiles.class);

    private final Path folder;

    public OutputFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Starts the drafts of one run's outputs; closing them removes whatever was not published. */
    public Drafts drafts() throws OutputNotWritten {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException ex) {
            throw OutputNotWritten.folder(folder, ex);
        }
        return new Drafts();
    }

    public final class Drafts implements AutoCloseable {

        /** Final name to draft, in the order written. */
        private final Map<Path, Path> drafts = new LinkedHashMap<>();

        private final Map<Path, Double> seconds = new LinkedHashMap<>();

        private Drafts() {
        }

        public void writeText(String name, TextContent content) throws OutputNotWritten {
            write(name, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                content.writeTo(writer);
                writer.flush();
            });
        }

        public void write(String name, Content content) throws OutputNotWritten {
            Path draft = folder.resolve("." + name + ".part");
            drafts.put(folder.resolve(name), draft);
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(draft)) {
                content.writeTo(out);
            }
            catch (IOException | RuntimeException ex) {
                throw OutputNotWritten.output(name, folder, ex);
            }
            seconds.put(folder.resolve(name), (System.nanoTime() - start) / 1e9);
        }

        /** Puts every draft in place under its final name, in the order written; the final paths. */
        public List<Path> publish() throws OutputNotWritten {
            List<Path> published = new ArrayList<>();
            for (Map.Entry<Path, Path> d : drafts.entrySet()) {
                try {
                    move(d.getValue(), d.getKey());
                }
                catch (IOException ex) {
                    throw OutputNotWritten.notMoved(d.getKey().getFileName().toString(), folder, published, ex);
                }
                published.add(d.getKey());
                log.info(String.format(Locale.ROOT, "wrote %s in %.1f s", d.getKey(), seconds.get(d.getKey())));
            }
            drafts.clear();
            return published;
        }

        @Override
        public void close() {
            for (Path draft : drafts.values()) {
                try {
                    Files.deleteIfExists(draft);
                }
                catch (IOException ex) {
                    // the folder itself is gone or unwritable: the failure that brought us here says so
                }
            }
        }
    }

    private static void move(Path draft, Path target) throws IOException {
        try {
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException ex) {
            Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
