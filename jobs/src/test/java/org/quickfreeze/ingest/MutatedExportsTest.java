package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.testsupport.QuietReaders;
import org.quickfreeze.testsupport.Fixtures;

/**
 * No file breaks a reader: 10,000 mutations of a real export per format (the register of
 * European orders, and LibreOffice's saves of it), each read as the run reads it,
 * inspection and every record. Each ends in records (rows, empty lines, malformed rows)
 * or an unusable file with a sentence in a clerk's words, never another exception, and
 * within a time bound. The mutations are seeded: a failure names the seed and the case,
 * which make the same file again. Zipped workbooks are mutated in their XML and then
 * zipped, and now and then in their bytes; an {@code .xls} in its BIFF records inside the
 * compound file, and now and then in its bytes.
 */
@ExtendWith(QuietReaders.class)
class MutatedExportsTest {

    private static final int CASES = 10_000;

    private static final long SEED = 20261206L;

    private static final long MILLIS_PER_FILE = 5_000;

    private static final List<String> LIBRARY_WORDS = List.of("Exception", "org.", "java.", "http://", "https://",
            "poi", "POI", "bug #", "SAX", "null");

    /** The register's own mapping: Romanian headers and codes, day-first dates. */
    private final ExportFormats formats = new ExportFormats(RecordLimits.DEFAULT,
            RegisterMappings.load(List.of(Fixtures.onClassPath("workbooks/libreoffice/registers"))));

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "csv", "xlsx", "xls", "ods" })
    void noMutatedExportEndsInAnythingButRowsRejectsOrAReason(String format) throws Exception {
        byte[] seed = seedFile(format);
        Path file = home.resolve("parchet-ordine-europene-2026." + format);
        SplittableRandom random = new SplittableRandom(SEED + format.hashCode());
        int unusable = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] mutated = mutate(format, seed, random);
            Files.write(file, mutated);
            long start = System.nanoTime();
            try {
                if (!readWhole(file)) {
                    unusable++;
                }
            }
            catch (Throwable ex) {
                Path kept = Files.write(Path.of("target").resolve("crash-" + format + "-" + i + "." + format), mutated);
                fail("case " + i + " of seed " + (SEED + format.hashCode()) + " (kept as " + kept.toAbsolutePath()
                        + ") threw " + ex, ex);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("case %d took %d ms", i, millis).isLessThan(MILLIS_PER_FILE);
        }
        // the mutations reach both ends: files still read, and files refused
        assertThat(unusable).isBetween(1, CASES - 1);
    }

    /**
     * Reads a file as the run does.
     * @return whether it was usable
     */
    private boolean readWhole(Path file) throws IOException {
        ExportLayout layout;
        try {
            layout = formats.inspect(file, FileContent.of(file));
        }
        catch (UnusableFile ex) {
            for (String word : LIBRARY_WORDS) {
                assertThat(ex.getMessage()).as("reason in a clerk's words").doesNotContain(word);
            }
            return false;
        }
        try (RecordSource records = formats.records(file, layout)) {
            long last = 0;
            for (ExportRecord r = records.next(); r != null; r = records.next()) {
                assertThat(r.line()).as("lines in order").isGreaterThan(last);
                last = r.line();
                if (r instanceof ExportRecord.Malformed m) {
                    for (String word : LIBRARY_WORDS) {
                        assertThat(m.message()).as("reject in a clerk's words").doesNotContain(word);
                    }
                }
            }
        }
        return true;
    }

    /**
     * The register of European orders (36 rows, Romanian text, dates and codes), as the
     * format holds it: small, so that 10,000 of each take seconds, not minutes.
     */
    private static byte[] seedFile(String format) throws IOException {
        String name = "parchet-ordine-europene-2026." + format;
        return Files.readAllBytes(format.equals("csv") ? Fixtures.samples().resolve(name)
                : Fixtures.onClassPath("workbooks/libreoffice/" + name));
    }

    private static byte[] mutate(String format, byte[] seed, SplittableRandom random) throws IOException {
        boolean raw = random.nextInt(8) == 0;
        return switch (format) {
            case "csv" -> bytes(seed, random);
            case "xls" -> raw ? bytes(seed, random) : inBiffStream(seed, random);
            default -> raw ? bytes(seed, random) : inZippedXml(seed, random);
        };
    }

    /** A few byte mutations: flips, insertions, deletions, repeated runs, a cut. */
    static byte[] bytes(byte[] data, SplittableRandom random) {
        if (data.length == 0) {
            return interesting(random);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] d = data.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            if (d.length == 0) {
                d = interesting(random);
            }
            int at = random.nextInt(d.length);
            switch (random.nextInt(6)) {
                case 0 -> d[at] = (byte) random.nextInt(256);
                case 1 -> d[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> d = splice(d, at, Math.min(d.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 3 -> d = splice(d, at, at, interesting(random));
                case 4 -> {
                    int from = random.nextInt(d.length);
                    int to = Math.min(d.length, from + 1 + random.nextInt(256));
                    d = splice(d, at, at, java.util.Arrays.copyOfRange(d, from, to));
                }
                default -> d = java.util.Arrays.copyOf(d, Math.max(1, at));
            }
        }
        out.writeBytes(d);
        return out.toByteArray();
    }

    private static byte[] interesting(SplittableRandom random) {
        String[] texts = { "\"", ";", ",", "\n", "\r\n", "\u0000", "\uFEFF", "\u001b[2J", "<", ">", "&", "&amp;",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "]]>", "r=\"", "t=\"s\"",
                "<v>99999999</v>", "number-rows-repeated=\"1048576\"", "number-columns-repeated=\"99999\"",
                "<row r=\"0\">", "<row r=\"2000000\">", "<c r=\"XFD1\">", "-1", "1E308", "NaN", "\uD800",
                "table:table-row", "<t>", "</t>" };
        String text = texts[random.nextInt(texts.length)];
        return text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] result = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(data, to, result, from + insert.length, data.length - to);
        return result;
    }

    /** The same zip with one of its XML parts mutated. */
    private static byte[] inZippedXml(byte[] zip, SplittableRandom random) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> xml = new ArrayList<>(parts.keySet()
            .stream()
            .filter(n -> n.endsWith(".xml") || n.endsWith(".rels") || n.equals("mimetype"))
            .toList());
        // the sheet or table is where most of a file's bytes are: mutated most often
        String target = random.nextInt(3) > 0
                ? xml.stream().filter(n -> n.contains("sheet1") || n.equals("content.xml")).findFirst().orElseThrow()
                : xml.get(random.nextInt(xml.size()));
        parts.put(target, bytes(parts.get(target), random));
        if (random.nextInt(20) == 0) {
            parts.remove(xml.get(random.nextInt(xml.size())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zipped.putNextEntry(new ZipEntry(part.getKey()));
                zipped.write(part.getValue());
                zipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The same compound file with its workbook stream mutated. */
    private static byte[] inBiffStream(byte[] xls, SplittableRandom random) throws IOException {
        byte[] stream;
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(xls));
                DocumentInputStream in = container.createDocumentInputStream("Workbook")) {
            stream = in.readAllBytes();
        }
        byte[] mutated = bytes(stream, random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(mutated), "Workbook");
            container.writeFilesystem(out);
        }
        return out.toByteArray();
    }

}
