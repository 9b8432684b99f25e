package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.MigratedStore;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/** The reader reads the content that was inspected, or none: its hash is checked when a file is opened. */
class CaseExportReaderTest {

    private static final String EXPORT = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\nP1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n";

    @TempDir
    Path home;

    private SourceFiles sourceFiles;

    private final ExportFiles exportFiles = new ExportFiles(CsvLimits.DEFAULT, RegisterMappings.none());

    @BeforeEach
    void store() {
        sourceFiles = new SourceFiles(MigratedStore.h2(home));
    }

    private void inspected(Path file) throws IOException, UnusableFile {
        FileContent content = FileContent.of(file);
        sourceFiles.register(1, SourceFile.found(file, content.size(), content.sha256(), LocalDateTime.now(),
                SourceFile.Status.ACCEPTED, null, exportFiles.inspect(file, content), "CP", null));
    }

    @Test
    void readsTheRowsOfTheInspectedFile() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"), EXPORT);
        inspected(file);
        CaseExportReader reader = new CaseExportReader(sourceFiles, exportFiles, 1);

        reader.open(new ExecutionContext());

        assertThat(reader.read().record().line()).isEqualTo(2);
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void fileChangedSinceItWasInspectedIsNotRead() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"), EXPORT);
        inspected(file);
        Files.writeString(file, EXPORT.replace("P1", "P9"));
        CaseExportReader reader = new CaseExportReader(sourceFiles, exportFiles, 1);

        assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(ItemStreamException.class)
            .hasMessage("cp.csv changed since it was inspected (its SHA-256 is not the same): put the inspected "
                    + "file back to restart this run, or run again without --restart");
    }
}
