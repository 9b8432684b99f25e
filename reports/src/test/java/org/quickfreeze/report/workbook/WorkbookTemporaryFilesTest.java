package org.quickfreeze.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.report.testsupport.ReportModels;

/**
 * The workbook's long sheets go through temporary files outside the output folder. When
 * those cannot be written, the failure names their folder; when the output itself cannot
 * be written, it does not.
 */
class WorkbookTemporaryFilesTest {

    @TempDir
    Path home;

    @Test
    void temporaryFilesGoToTheFolderGivenAndAreGoneOnceTheWorkbookIsWritten() throws IOException {
        Path temporary = home.resolve("temporary");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ComplianceWorkbook(temporary).write(ReportModels.small(), out);

        assertThat(temporary).isDirectory().isEmptyDirectory();
        assertThat(out.size()).isPositive();
    }

    @Test
    void temporaryFolderThatCannotBeMadeIsToldWithItsPath() throws IOException {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");
        Path temporary = file.resolve("poifiles");

        assertThatThrownBy(
                () -> new ComplianceWorkbook(temporary).write(ReportModels.small(), new ByteArrayOutputStream()))
            .isInstanceOfSatisfying(TemporaryFilesNotWritten.class, failed -> {
                assertThat(failed.folder()).isEqualTo(temporary);
                assertThat(failed.getCause()).hasMessageContaining("Not a directory");
            });
    }

    @Test
    void outputOnAFullDiskIsTheOutputsFailureNotTheTemporaryFiles() throws IOException {
        Path temporary = home.resolve("temporary");
        // the kernel's device that answers every write with "No space left on device"
        try (OutputStream full = Files.newOutputStream(Path.of("/dev/full"))) {
            assertThatThrownBy(() -> new ComplianceWorkbook(temporary).write(ReportModels.small(), full))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(TemporaryFilesNotWritten.class)
                .hasMessageContaining("No space left on device");
        }
        assertThat(temporary).isEmptyDirectory();
    }

}
