package org.quickfreeze.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quickfreeze.report.model.EuOrderFigures;
import org.quickfreeze.report.model.EuRefusalFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.text.Messages;

/**
 * {@code eu-statistics-<period>.xlsx}: the figures a Member State sends the Commission
 * each year on the European Preservation and Production Orders its authorities issued
 * (Reg. (EU) 2023/1543 Art. 28(2)). It leaves the building: counts and means only, no
 * request id, case reference or offence.
 */
public final class EuStatisticsWorkbook {

    /** The sheets in their order, by the keys of their names in the message bundles. */
    public static final List<String> SHEETS = List.of("eu.sheet.return", "eu.sheet.orders", "eu.sheet.refusals");

    static final String[] ORDER_COLUMNS = { "instrument", "data_type", "addressee", "emergency", "issued", "fulfilled",
            "not_fulfilled", "notified", "to_data_n", "to_data_mean", "to_production_n", "to_production_mean" };

    static final String[] REFUSAL_COLUMNS = { "instrument", "data_type", "addressee", "emergency", "refusal_ground",
            "refused" };

    /**
     * The items of Art. 28(2) that the registers do not hold, by the keys of their texts.
     */
    static final List<String> NOT_RECORDED = List.of("eu.notRecorded.b", "eu.notRecorded.g", "eu.notRecorded.h",
            "eu.notRecorded.i", "eu.notRecorded.j");

    /** The value the model gives where a register did not say. */
    private static final String NOT_RECORDED_VALUE = "not recorded";

    private final Messages messages;

    /**
     * @param messages the texts of the workbook's language
     */
    public EuStatisticsWorkbook(Messages messages) {
        this.messages = messages;
    }

    public void write(ReportModel model, OutputStream out) throws IOException {
        ReportHeader h = model.header();
        Messages m = messages.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays());
        SheetNames names = new SheetNames(m);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String key : SHEETS) {
                workbook.createSheet(names.of(key));
            }
            CellStyles styles = new CellStyles(workbook);
            EuStatistics eu = model.europeanOrders();
            writeReturn(new TableWriter(workbook.getSheet(names.of("eu.sheet.return")), styles), m, names, h, eu);
            writeOrders(new TableWriter(workbook.getSheet(names.of("eu.sheet.orders")), styles), m, eu.orders());
            writeRefusals(new TableWriter(workbook.getSheet(names.of("eu.sheet.refusals")), styles), m, eu.refusals());
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void writeReturn(TableWriter table, Messages m, SheetNames names, ReportHeader h, EuStatistics eu) {
        EuOrderFigures epoc = eu.all("EPOC");
        EuOrderFigures epocPr = eu.all("EPOC_PR");
        int header = table.header(m.text("eu.item"), m.text("eu.epoc"), m.text("eu.epocPr"));
        table.row(m.text("eu.party"), String.join(", ", h.parties()));
        table.row(m.text("eu.period"), h.periodLabel());
        table.row(m.text("eu.periodFrom"), h.periodFrom());
        table.row(m.text("eu.periodTo"), h.periodTo());
        table.row(m.text("eu.asOf"), h.asOf());
        table.row(m.text("eu.issued"), epoc.issued(), epocPr.issued());
        table.row(m.text("eu.fulfilled"), epoc.fulfilled(), epocPr.fulfilled());
        table.row(m.text("eu.notFulfilled"), epoc.notFulfilled(), epocPr.notFulfilled());
        table.row(m.text("eu.notified"), epoc.notified(), epocPr.notified());
        table.row(m.text("eu.refusals", "sheet", names.of("eu.sheet.refusals")), epoc.notFulfilled(),
                epocPr.notFulfilled());
        table.row(m.text("eu.toDataMean"), epoc.toDataMean(), null);
        table.row(m.text("eu.toDataN"), epoc.toDataN(), null);
        table.row(m.text("eu.toProductionMean"), null, epocPr.toProductionMean());
        table.row(m.text("eu.toProductionN"), null, epocPr.toProductionN());
        for (String item : NOT_RECORDED) {
            table.row(m.text(item), m.text("eu.notRecorded"));
        }
        table.row(m.text("eu.byType"), m.text("eu.seeSheet", "sheet", names.of("eu.sheet.orders")));
        table.autoFilter(header, table.nextRow() - 1, 3);
        table.finish(1);
    }

    private static void writeOrders(TableWriter table, Messages m, List<EuOrderFigures> rows) {
        int header = table.header(Columns.keyed(m, "eu.column.", ORDER_COLUMNS));
        for (EuOrderFigures r : rows) {
            table.row(r.instrument(), value(r.dataType(), m), value(r.addressee(), m), value(r.emergency(), m),
                    r.issued(), r.fulfilled(), r.notFulfilled(), r.notified(), r.toDataN(), r.toDataMean(),
                    r.toProductionN(), r.toProductionMean());
        }
        table.autoFilter(header, table.nextRow() - 1, ORDER_COLUMNS.length);
        table.finish(1);
    }

    private static void writeRefusals(TableWriter table, Messages m, List<EuRefusalFigures> rows) {
        int header = table.header(Columns.keyed(m, "eu.column.", REFUSAL_COLUMNS));
        for (EuRefusalFigures r : rows) {
            table.row(r.instrument(), value(r.dataType(), m), value(r.addressee(), m), value(r.emergency(), m),
                    value(r.refusalGround(), m), r.refused());
        }
        table.autoFilter(header, table.nextRow() - 1, REFUSAL_COLUMNS.length);
        table.finish(1);
    }

    /** A code as the register gave it, or "not recorded" in the workbook's language. */
    private static String value(String code, Messages m) {
        return NOT_RECORDED_VALUE.equals(code) ? m.text("eu.notRecordedValue") : code;
    }

}
