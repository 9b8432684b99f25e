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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.quickfreeze.run.OutputPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder. A run's outputs are written as drafts under temporary names and put
 * in place together once every one of them is complete, so that a failed run leaves no
 * half-written report under a final name, and no mix of this run's and an earlier run's
 * outputs either.
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

    /** An output to write: its file name and how to write it. */
    public record Output(String name, Content content) {
    }

    private static final Logger log = LoggerFactory.getLogger(OutputFiles.class);

    /** The outputs that name cases: only their owner and group may read them. */
    private static final List<String> NAMING_CASES = List.of("monthly-", "compliance-", "findings-", "rejects-",
            "due-soon-");

    private final Path folder;

    private final OutputPermissions internal;

    public OutputFiles(Path folder, OutputPermissions internal) {
        this.folder = folder;
        this.internal = internal;
    }

    static boolean namesCases(String name) {
        return NAMING_CASES.stream().anyMatch(name::startsWith);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Starts the drafts of one run's outputs; closing them removes whatever was not
     * published.
     */
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
            Path draft = register(name);
            writeDraft(name, draft, content);
        }

        /**
         * Writes lanes of outputs side by side, a thread each, the outputs of a lane one
         * after the other: the workbook in one and the PDFs in the other take on two
         * cores the seconds of the longer alone. They are put in place in the order
         * given; when several fail, the first of them in that order is reported.
         */
        public void writeSideBySide(List<List<Output>> lanes) throws OutputNotWritten {
            List<List<Path>> paths = new ArrayList<>();
            for (List<Output> lane : lanes) {
                List<Path> drafts = new ArrayList<>();
                lane.forEach(o -> drafts.add(register(o.name())));
                paths.add(drafts);
            }
            ExecutorService threads = Executors.newFixedThreadPool(lanes.size());
            try {
                List<Future<?>> written = new ArrayList<>();
                for (int l = 0; l < lanes.size(); l++) {
                    List<Output> lane = lanes.get(l);
                    List<Path> drafts = paths.get(l);
                    written.add(threads.submit(() -> {
                        for (int i = 0; i < lane.size() && !Thread.currentThread().isInterrupted(); i++) {
                            writeDraft(lane.get(i).name(), drafts.get(i), lane.get(i).content());
                        }
                        return null;
                    }));
                }
                for (Future<?> w : written) {
                    waitFor(w);
                }
            }
            finally {
                stopAndWaitFor(threads);
            }
        }

        /**
         * Interrupts the lanes still writing and waits until they have stopped: once a
         * lane has failed, the drafts are cleared away, and no other lane may then still
         * create one.
         */
        private static void stopAndWaitFor(ExecutorService threads) {
            threads.shutdownNow();
            boolean stopped = false;
            boolean interrupted = false;
            while (!stopped) {
                try {
                    stopped = threads.awaitTermination(1, TimeUnit.MINUTES);
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void waitFor(Future<?> written) throws OutputNotWritten {
            try {
                written.get();
            }
            catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                if (cause instanceof OutputNotWritten notWritten) {
                    throw notWritten;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the outputs", ex);
            }
        }

        private synchronized Path register(String name) {
            Path draft = folder.resolve("." + name + ".part");
            drafts.put(folder.resolve(name), draft);
            return draft;
        }

        private void writeDraft(String name, Path draft, Content content) throws OutputNotWritten {
            long start = System.nanoTime();
            try {
                if (namesCases(name)) {
                    // restricted before the first byte is written, whatever the umask
                    internal.createEmpty(draft);
                }
                try (OutputStream out = Files.newOutputStream(draft)) {
                    content.writeTo(out);
                }
            }
            catch (IOException | RuntimeException ex) {
                throw OutputNotWritten.output(name, folder, ex);
            }
            synchronized (this) {
                seconds.put(folder.resolve(name), (System.nanoTime() - start) / 1e9);
            }
        }

        /**
         * Puts every draft in place under its final name, in the order written; the final
         * paths.
         */
        public synchronized List<Path> publish() throws OutputNotWritten {
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
                    // the folder itself is gone or unwritable: the failure that brought
                    // us here says so
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
