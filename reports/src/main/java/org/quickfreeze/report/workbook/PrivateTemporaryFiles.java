package org.quickfreeze.report.workbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The temporary files of one streamed workbook. They hold the case lists (case
 * references, offences), so they go into a folder made afresh for the workbook that only
 * this user may enter, not into POI's shared {@code poifiles}: that one is readable by
 * every user of the machine, and belongs to whoever made it first, so that nobody else
 * can write there. The folder is removed once the workbook is written or has failed.
 */
final class PrivateTemporaryFiles {

    /** Writes a workbook to the output it is given. */
    interface WorkbookWrite {

        void to(OutputStream out) throws IOException;

    }

    private final Path parent;

    PrivateTemporaryFiles(Path parent) {
        this.parent = parent;
    }

    /**
     * Runs the write with POI's temporary files in a private folder inside the parent.
     * When those files cannot be written (their disk is full, say), a
     * {@link TemporaryFilesNotWritten} says so; a failure to write to {@code out} is
     * thrown as it is.
     */
    void write(OutputStream out, WorkbookWrite write) throws IOException {
        Path folder = privateFolder();
        WatchedOutput watched = new WatchedOutput(out);
        try {
            // scoped to this thread: the other outputs are written beside it
            TempFile.withStrategy(new DefaultTempFileCreationStrategy(folder.toFile()), () -> {
                try {
                    write.to(watched);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                return null;
            });
        }
        catch (RuntimeException ex) {
            IOException io = ioCauseOf(ex);
            if (io == null) {
                throw ex;
            }
            if (watched.failed) {
                throw io;
            }
            throw new TemporaryFilesNotWritten(parent, io);
        }
        finally {
            deleteWithWhatIsLeftIn(folder);
        }
    }

    private Path privateFolder() throws TemporaryFilesNotWritten {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "quickfreeze-workbook-");
        }
        catch (IOException ex) {
            throw new TemporaryFilesNotWritten(parent, ex);
        }
    }

    private static void deleteWithWhatIsLeftIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ex) {
            // a folder left behind is this user's alone; whatever made the write fail is
            // what the caller is told
        }
    }

    /** POI wraps the file system's exceptions in unchecked ones. */
    private static IOException ioCauseOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Notes whether writing to the output itself failed: POI writes its temporary files
     * and the output in the same call, and only the output's failures are the output
     * folder's.
     */
    private static final class WatchedOutput extends FilterOutputStream {

        private interface Write {

            void run() throws IOException;

        }

        private boolean failed;

        WatchedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            watch(() -> out.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            watch(() -> out.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            watch(out::flush);
        }

        @Override
        public void close() throws IOException {
            watch(out::close);
        }

        private void watch(Write write) throws IOException {
            try {
                write.run();
            }
            catch (IOException ex) {
                failed = true;
                throw ex;
            }
        }

    }

}
