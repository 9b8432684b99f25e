package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.testsupport.QuietReaders;

/**
 * Coverage-guided fuzz targets, one per reader, with Jazzer: whatever bytes a file holds,
 * reading it as the run does ends in records or an unusable file with a sentence, never
 * another exception. {@code ./mvnw verify} replays the seed corpus
 * ({@code ReaderFuzzTestInputs/<target>/} in the test resources) and every crash kept
 * there; {@code .ci/run} then fuzzes each target for a bounded time
 * ({@code JAZZER_FUZZ=1}). A crash Jazzer finds is written beside the seeds and replayed
 * from then on.
 */
@ExtendWith(QuietReaders.class)
class ReaderFuzzTest {

    private static final List<String> LIBRARY_WORDS = List.of("Exception", "org.", "java.", "http://", "bug #");

    private final ExportFormats formats = new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.none());

    @FuzzTest(maxDuration = "40s")
    void csvReader(byte[] bytes) throws IOException {
        read(bytes, ".csv");
    }

    @FuzzTest(maxDuration = "40s")
    void xlsxReader(byte[] bytes) throws IOException {
        read(bytes, ".xlsx");
    }

    @FuzzTest(maxDuration = "40s")
    void xlsReader(byte[] bytes) throws IOException {
        read(bytes, ".xls");
    }

    @FuzzTest(maxDuration = "40s")
    void odsReader(byte[] bytes) throws IOException {
        read(bytes, ".ods");
    }

    private void read(byte[] bytes, String extension) throws IOException {
        Path folder = Files.createTempDirectory("fuzz");
        Path file = Files.write(folder.resolve("register" + extension), bytes);
        try {
            ExportLayout layout;
            try {
                layout = formats.inspect(file, FileContent.of(file));
            }
            catch (UnusableFile ex) {
                for (String word : LIBRARY_WORDS) {
                    assertThat(ex.getMessage()).doesNotContain(word);
                }
                return;
            }
            try (RecordSource records = formats.records(file, layout)) {
                for (ExportRecord r = records.next(); r != null; r = records.next()) {
                    assertThat(r.line()).isPositive();
                }
            }
        }
        finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

}
