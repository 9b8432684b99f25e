package org.quickfreeze.ingest.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.quickfreeze.ingest.export.UnusableFile;

/**
 * The parts of a zipped workbook ({@code .xlsx}, {@code .ods}), read through POI's
 * {@link ZipSecureFile}, which stops a part that expands far beyond its compressed size
 * (a zip bomb) while it is read. Part names are matched without regard to case, as Office
 * Open XML says.
 */
final class ZipParts implements Closeable {

    /** The zip methods workbooks are written with: stored, deflated, deflate64. */
    private static final Set<Integer> READ_METHODS = Set.of(ZipEntry.STORED, ZipEntry.DEFLATED, 9);

    private final ZipSecureFile zip;

    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    private ZipParts(ZipSecureFile zip) {
        this.zip = zip;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            entries.putIfAbsent(key(entry.getName()), entry);
        }
    }

    static ZipParts open(Path file, String format) throws UnusableFile {
        try {
            return new ZipParts(new ZipSecureFile(file.toFile()));
        }
        catch (IOException | RuntimeException ex) {
            throw WorkbookProblems.unusable(file, format, ex);
        }
    }

    private static String key(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        return entries.containsKey(key(name));
    }

    InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = entries.get(key(name));
        if (entry == null) {
            throw new IOException("part " + name + " is missing");
        }
        if (!READ_METHODS.contains(entry.getMethod())) {
            // a method such as zstd would need a codec that is not there (found by
            // fuzzing: NoClassDefFoundError); Excel and Calc only store or deflate
            throw new IOException(new UnusableFile(
                    "the workbook's parts are compressed in a way Excel and Calc " + "never write (zip method "
                            + entry.getMethod() + "): open it in Excel or Calc and save it again"));
        }
        return zip.getInputStream(entry);
    }

    /** Closes a part being read, its XML reader and the archive. */
    void close(XMLStreamReader xml, InputStream part) throws IOException {
        try {
            xml.close();
        }
        catch (XMLStreamException ex) {
            // the stream below is closed anyway
        }
        part.close();
        close();
    }

    /** Closes the archive after a failure to read it: there is nothing more to tell. */
    void closeQuietly() {
        try {
            close();
        }
        catch (IOException ex) {
            // nothing was read from it
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

}
