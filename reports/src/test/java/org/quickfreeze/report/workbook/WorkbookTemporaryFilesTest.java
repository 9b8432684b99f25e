package org.quickfreeze.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.report.testsupport.ReportModels;
import org.quickfreeze.report.text.MessageBundles;

/**
 * The workbook's long sheets go through temporary files outside the output folder. They
 * hold the case lists, so they go into a folder of their own that only this user may
 * enter, gone once the workbook is written. When they cannot be written the failure names
 * the temporary folder; when the output itself cannot be written, it does not.
 */
class WorkbookTemporaryFilesTest {

    @TempDir
    Path home;

    @Test
    void temporaryFilesGoIntoAFolderOnlyThisUserMayEnterAndAreGoneOnceTheWorkbookIsWritten() throws IOException {
        Path temporary = Files.createDirectories(home.resolve("tmp"));
        SeenWhileWriting seen = new SeenWhileWriting(temporary);

        new ComplianceWorkbook(temporary, MessageBundles.english()).write(ReportModels.small(), seen);

        assertThat(seen.folders).hasSize(1);
        Path folder = seen.folders.get(0);
        assertThat(folder.getFileName().toString()).startsWith("quickfreeze-workbook-");
        assertThat(seen.permissions).isEqualTo("rwx------");
        assertThat(seen.files).isNotEmpty().allMatch(f -> f.getParent().equals(folder));
        assertThat(temporary).isEmptyDirectory();
        assertThat(seen.bytes.size()).isPositive();
    }

    @Test
    void temporaryFolderThatCannotBeMadeIsToldWithItsPath() throws IOException {
        Path file = Files.writeString(home.resolve("tmp"), "not a folder");

        assertThatThrownBy(() -> new ComplianceWorkbook(file, MessageBundles.english()).write(ReportModels.small(),
                new ByteArrayOutputStream()))
            .isInstanceOfSatisfying(TemporaryFilesNotWritten.class, failed -> {
                assertThat(failed.folder()).isEqualTo(file);
                assertThat(failed.getCause()).isInstanceOf(FileAlreadyExistsException.class);
            });
    }

    @Test
    void outputOnAFullDiskIsTheOutputsFailureNotTheTemporaryFiles() throws IOException {
        Path temporary = Files.createDirectories(home.resolve("tmp"));
        // the kernel's device that answers every write with "No space left on device"
        try (OutputStream full = Files.newOutputStream(Path.of("/dev/full"))) {
            assertThatThrownBy(
                    () -> new ComplianceWorkbook(temporary, MessageBundles.english()).write(ReportModels.small(), full))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(TemporaryFilesNotWritten.class)
                .hasMessageContaining("No space left on device");
        }
        assertThat(temporary).isEmptyDirectory();
    }

    /**
     * The workbook's output, which looks into the temporary folder when the first bytes
     * arrive: by then every temporary file of the workbook has been made.
     */
    private static final class SeenWhileWriting extends FilterOutputStream {

        private final Path temporary;

        private final ByteArrayOutputStream bytes;

        private final List<Path> folders = new ArrayList<>();

        private final List<Path> files = new ArrayList<>();

        private String permissions;

        SeenWhileWriting(Path temporary) {
            this(temporary, new ByteArrayOutputStream());
        }

        private SeenWhileWriting(Path temporary, ByteArrayOutputStream bytes) {
            super(bytes);
            this.temporary = temporary;
            this.bytes = bytes;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (folders.isEmpty()) {
                try (Stream<Path> inside = Files.list(temporary)) {
                    folders.addAll(inside.toList());
                }
                permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(folders.get(0)));
                try (Stream<Path> inside = Files.list(folders.get(0))) {
                    files.addAll(inside.toList());
                }
            }
            out.write(b, off, len);
        }

    }

}
