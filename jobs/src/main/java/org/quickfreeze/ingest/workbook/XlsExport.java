package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;

/**
 * An Excel 97–2003 workbook ({@code .xls}, BIFF8): the first worksheet, read record by
 * record with POI's HSSF record stream, so the rows are never all in memory. Formulas
 * give their cached value and are never evaluated.
 */
public final class XlsExport implements SheetExport {

    static final String FORMAT = "Excel 97–2003 workbook";

    /** The last row of an Excel 97–2003 sheet. */
    private static final long MAX_ROWS = 65_536;

    /** Why a workbook protected by a password is not read, whatever its name. */
    public static final String PASSWORD = WorkbookProblems.PASSWORD;

    private final RecordLimits limits;

    public XlsExport(RecordLimits limits) {
        this.limits = limits;
    }

    @Override
    public RecordSource open(Path file) throws UnusableFile {
        POIFSFileSystem container = null;
        try {
            container = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnusableFile(WorkbookProblems.PASSWORD);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                if (root.hasEntryCaseInsensitive("Book")) {
                    throw new UnusableFile(WorkbookProblems.OLDER_EXCEL);
                }
                throw new UnusableFile("the file is an Office document, but not an Excel workbook (a Word or another "
                        + "program's file named .xls?): export the register again");
            }
            InputStream stream = root.createDocumentInputStream(root.getEntryCaseInsensitive("Workbook"));
            Sheet sheet = new Sheet(container, new RecordFactoryInputStream(stream, true), limits,
                    file.getFileName().toString());
            sheet.readGlobals();
            return sheet;
        }
        catch (UnusableFile ex) {
            closeQuietly(container);
            throw ex;
        }
        catch (IOException | RuntimeException ex) {
            closeQuietly(container);
            throw WorkbookProblems.unusable(file, FORMAT, ex);
        }
    }

    /**
     * Whether an Office compound file holds an encrypted package: an {@code .xlsx} (or
     * another Office file) protected by a password.
     */
    public static boolean holdsEncryptedPackage(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    private static void closeQuietly(POIFSFileSystem container) {
        if (container != null) {
            try {
                container.close();
            }
            catch (IOException ex) {
                // nothing was read from it
            }
        }
    }

    /** The workbook's globals, then the cells of its first worksheet, row by row. */
    private static final class Sheet extends SheetRecords {

        private final POIFSFileSystem container;

        private final RecordFactoryInputStream records;

        private SSTRecord strings;

        private boolean date1904;

        private final List<Integer> styleFormats = new ArrayList<>();

        private final Map<Integer, String> formats = new HashMap<>();

        /** A cell read past the end of the row before it: the first of the next row. */
        private Record held;

        private int row = -1;

        /** A formula whose text value follows in a string record. */
        private FormulaRecord stringFormula;

        Sheet(POIFSFileSystem container, RecordFactoryInputStream records, RecordLimits limits, String fileName) {
            super(limits, MAX_ROWS, fileName);
            this.container = container;
            this.records = records;
        }

        /** Reads up to the start of the first worksheet. */
        void readGlobals() throws UnusableFile {
            Record first = records.nextRecord();
            if (!(first instanceof BOFRecord globals) || globals.getType() != BOFRecord.TYPE_WORKBOOK) {
                throw new UnusableFile("the workbook does not start as an Excel 97–2003 workbook does: it is damaged; "
                        + "open it in Excel or Calc and save it again");
            }
            for (Record r; (r = records.nextRecord()) != null;) {
                if (r instanceof SSTRecord sst) {
                    strings = sst;
                }
                else if (r instanceof DateWindow1904Record window) {
                    date1904 = window.getWindowing() == 1;
                }
                else if (r instanceof FormatRecord format) {
                    formats.put(format.getIndexCode(), format.getFormatString());
                }
                else if (r instanceof ExtendedFormatRecord xf) {
                    styleFormats.add((int) xf.getFormatIndex());
                }
                else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    return;
                }
                else if (r instanceof BOFRecord) {
                    skipSubstream();
                }
            }
            throw new UnusableFile("the workbook has no worksheet: export the register again");
        }

        /** Skips a chart or macro sheet up to its end. */
        private void skipSubstream() {
            int depth = 1;
            for (Record r; depth > 0 && (r = records.nextRecord()) != null;) {
                if (r instanceof BOFRecord) {
                    depth++;
                }
                else if (r instanceof EOFRecord) {
                    depth--;
                }
            }
        }

        @Override
        protected boolean readOn() throws Exception {
            while (true) {
                Record r = held != null ? held : records.nextRecord();
                held = null;
                if (r == null || r instanceof EOFRecord) {
                    if (row >= 0) {
                        endRow(1);
                        row = -1;
                        return true;
                    }
                    return false;
                }
                if (r instanceof BOFRecord) {
                    skipSubstream();
                    continue;
                }
                if (r instanceof StringRecord text && stringFormula != null) {
                    cell(stringFormula.getColumn(), text.getString());
                    stringFormula = null;
                    continue;
                }
                int cellRow = rowOf(r);
                if (cellRow < 0) {
                    continue;
                }
                if (row >= 0 && cellRow != row) {
                    held = r;
                    endRow(1);
                    row = -1;
                    return true;
                }
                if (row < 0) {
                    row = cellRow;
                    startRow(cellRow + 1L);
                }
                place(r);
            }
        }

        /**
         * The row of a record that holds cell values; -1 for others, blank cells
         * included.
         */
        private static int rowOf(Record r) {
            if (r instanceof CellValueRecordInterface cell && !(r instanceof BlankRecord)) {
                return cell.getRow();
            }
            return r instanceof MulRKRecord numbers ? numbers.getRow() : -1;
        }

        private void place(Record r) {
            if (r instanceof LabelSSTRecord c) {
                int index = c.getSSTIndex();
                cell(c.getColumn(), strings != null && index >= 0 && index < strings.getNumUniqueStrings()
                        ? strings.getString(index).getString() : "");
            }
            else if (r instanceof NumberRecord c) {
                cell(c.getColumn(), number(c.getValue(), c.getXFIndex()));
            }
            else if (r instanceof RKRecord c) {
                cell(c.getColumn(), number(c.getRKNumber(), c.getXFIndex()));
            }
            else if (r instanceof MulRKRecord c) {
                for (int i = 0; i < c.getNumColumns(); i++) {
                    cell(c.getFirstColumn() + i, number(c.getRKNumberAt(i), c.getXFAt(i)));
                }
            }
            else if (r instanceof FormulaRecord c) {
                formula(c);
            }
            else if (r instanceof BoolErrRecord c) {
                cell(c.getColumn(), c.isBoolean() ? CellValues.bool(c.getBooleanValue()) : error(c.getErrorValue()));
            }
            else if (r instanceof LabelRecord c) {
                cell(c.getColumn(), c.getValue());
            }
        }

        private void formula(FormulaRecord c) {
            CellType type = c.getCachedResultTypeEnum();
            switch (type) {
                case NUMERIC -> cell(c.getColumn(), number(c.getValue(), c.getXFIndex()));
                case BOOLEAN -> cell(c.getColumn(), CellValues.bool(c.getCachedBooleanValue()));
                case ERROR -> cell(c.getColumn(), error(c.getCachedErrorValue()));
                case STRING -> stringFormula = c;
                default -> {
                }
            }
        }

        private static String error(int code) {
            try {
                return FormulaError.forInt(code).getString();
            }
            catch (IllegalArgumentException ex) {
                return "#N/A";
            }
        }

        private String number(double value, int style) {
            if (style >= 0 && style < styleFormats.size()) {
                int format = styleFormats.get(style);
                if (CellValues.isDateFormat(format, formats.get(format))) {
                    return CellValues.date(value, date1904);
                }
            }
            return CellValues.number(value);
        }

        @Override
        public void close() throws IOException {
            container.close();
        }

    }

}
