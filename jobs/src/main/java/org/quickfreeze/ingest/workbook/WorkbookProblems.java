package org.quickfreeze.ingest.workbook;

import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.quickfreeze.ingest.export.UnusableFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a workbook cannot be used, in a clerk's words. The library's own words (an
 * exception's text, a class name, an XML feature) go to the log file with the file's
 * name, for whoever maintains the installation; the sentence says what to do.
 */
final class WorkbookProblems {

    private static final Logger log = LoggerFactory.getLogger(UnusableFile.DETAILS_LOGGER);

    static final String DOCUMENT_TYPE = "the workbook's XML declares a document type (DTD), which Excel and Calc "
            + "never write, so it is not read: the file was altered or made by an unsafe tool; open it in Excel or "
            + "Calc and save it again";

    static final String ZIP_BOMB = "the workbook expands far beyond its size when unpacked (like a zip bomb), so it "
            + "is not read: open it in Excel or Calc and save it again";

    static final String PASSWORD = "the workbook is protected by a password: save a copy without one";

    static final String OLDER_EXCEL = "this is an Excel 5.0/95 workbook or older, which is not read: save it in "
            + "Excel or Calc as Excel Workbook (.xlsx)";

    private WorkbookProblems() {
    }

    static UnusableFile unusable(Path file, String format, Throwable ex) {
        log.warn("{}: the {} cannot be read: {}", file.getFileName(), format, chain(ex));
        return new UnusableFile(sentence(format, ex));
    }

    static String sentence(String format, Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UnusableFile unusable) {
                return unusable.getMessage();
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof SafeXml.DocumentTypeDeclared || message.contains("DOCTYPE")
                    || message.contains("disallow-doctype-decl")) {
                return DOCUMENT_TYPE;
            }
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return ZIP_BOMB;
            }
            if (t instanceof EncryptedDocumentException) {
                return PASSWORD;
            }
            if (t instanceof OldExcelFormatException) {
                return OLDER_EXCEL;
            }
        }
        return "the " + format + " is damaged and cannot be read: open it in Excel or Calc and save it again, "
                + "or export the register again if they cannot open it either";
    }

    /** Why a sheet cannot be read on from a row: the reject of that row. */
    static String fromRow(long line, Throwable ex) {
        String sentence = sentence("workbook", ex);
        if (sentence.equals(DOCUMENT_TYPE) || sentence.equals(ZIP_BOMB)) {
            return sentence;
        }
        return "the workbook is damaged from row " + line
                + " on, and the rows after it cannot be read: open it in Excel or Calc and save it again";
    }

    private static String chain(Throwable ex) {
        StringBuilder text = new StringBuilder(String.valueOf(ex));
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            text.append("; caused by ").append(t);
        }
        return text.toString();
    }

}
