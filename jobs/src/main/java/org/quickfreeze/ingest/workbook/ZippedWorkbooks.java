package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.quickfreeze.ingest.export.ExportFormat;

/** Which workbook format a zip archive holds, by the parts it has. */
public final class ZippedWorkbooks {

    private ZippedWorkbooks() {
    }

    /**
     * {@link ExportFormat#XLSX} for an Office Open XML package, {@link ExportFormat#ODS}
     * for an OpenDocument file; empty for another archive or one whose directory cannot
     * be read (the reader of the format its name says then tells why).
     */
    public static Optional<ExportFormat> of(Path file) {
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return Optional.of(ExportFormat.XLSX);
            }
            if (zip.getEntry("mimetype") != null || zip.getEntry("content.xml") != null) {
                return Optional.of(ExportFormat.ODS);
            }
            return Optional.empty();
        }
        catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

}
