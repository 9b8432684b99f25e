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

/**
 * {@code eu-statistics-<period>.xlsx}: the figures a Member State sends the Commission
 * each year on the European Preservation and Production Orders its authorities issued
 * (Reg. (EU) 2023/1543 Art. 28(2)). It leaves the building: counts and means only, no
 * request id, case reference or offence.
 */
public final class EuStatisticsWorkbook {

    public static final List<String> SHEETS = List.of("Art. 28", "Orders", "Refusals");

    static final String[] ORDER_COLUMNS = { "instrument", "data_type", "addressee", "emergency", "issued", "fulfilled",
            "not_fulfilled", "notified", "to_data_n", "to_data_mean", "to_production_n", "to_production_mean" };

    static final String[] REFUSAL_COLUMNS = { "instrument", "data_type", "addressee", "emergency", "refusal_ground",
            "refused" };

    /** The items of Art. 28(2) that the registers do not hold. */
    static final List<String> NOT_RECORDED = List.of(
            "(b) orders issued in emergency cases without prior validation by a judge or court",
            "(g) enforcement procedures against service providers", "(h) legal remedies sought against the orders",
            "(i) cases where ex-post validation was not granted",
            "(j) costs claimed by service providers and reimbursed");

    public void write(ReportModel model, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : SHEETS) {
                workbook.createSheet(name);
            }
            CellStyles styles = new CellStyles(workbook);
            EuStatistics eu = model.europeanOrders();
            writeReturn(new TableWriter(workbook.getSheet("Art. 28"), styles), model.header(), eu);
            writeOrders(new TableWriter(workbook.getSheet("Orders"), styles), eu.orders());
            writeRefusals(new TableWriter(workbook.getSheet("Refusals"), styles), eu.refusals());
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void writeReturn(TableWriter table, ReportHeader h, EuStatistics eu) {
        EuOrderFigures epoc = eu.all("EPOC");
        EuOrderFigures epocPr = eu.all("EPOC_PR");
        int header = table.header("item", "EPOC", "EPOC-PR");
        table.row("party", String.join(", ", h.parties()));
        table.row("period", h.periodLabel());
        table.row("period from", h.periodFrom());
        table.row("period to", h.periodTo());
        table.row("as-of day", h.asOf());
        table.row("(a) orders issued (EPOC: production, EPOC-PR: preservation)", epoc.issued(), epocPr.issued());
        table.row("(c) orders fulfilled (data produced or preserved)", epoc.fulfilled(), epocPr.fulfilled());
        table.row("(c) orders not fulfilled (refused)", epoc.notFulfilled(), epocPr.notFulfilled());
        table.row("(d) notifications to the enforcing authority", epoc.notified(), epocPr.notified());
        table.row("(d) refusals (by ground: sheet Refusals)", epoc.notFulfilled(), epocPr.notFulfilled());
        table.row("(e) average days from the EPOC to obtaining the data", epoc.toDataMean(), null);
        table.row("(e) EPOCs counted in that average", epoc.toDataN(), null);
        table.row("(f) average days from the EPOC-PR to the production request that followed it", null,
                epocPr.toProductionMean());
        table.row("(f) EPOC-PRs counted in that average", null, epocPr.toProductionN());
        for (String item : NOT_RECORDED) {
            table.row(item, "not recorded in the registers");
        }
        table.row("by data type, addressee and emergency", "sheet Orders");
        table.autoFilter(header, table.nextRow() - 1, 3);
        table.finish(1);
    }

    private static void writeOrders(TableWriter table, List<EuOrderFigures> rows) {
        int header = table.header(ORDER_COLUMNS);
        for (EuOrderFigures r : rows) {
            table.row(r.instrument(), r.dataType(), r.addressee(), r.emergency(), r.issued(), r.fulfilled(),
                    r.notFulfilled(), r.notified(), r.toDataN(), r.toDataMean(), r.toProductionN(),
                    r.toProductionMean());
        }
        table.autoFilter(header, table.nextRow() - 1, ORDER_COLUMNS.length);
        table.finish(1);
    }

    private static void writeRefusals(TableWriter table, List<EuRefusalFigures> rows) {
        int header = table.header(REFUSAL_COLUMNS);
        for (EuRefusalFigures r : rows) {
            table.row(r.instrument(), r.dataType(), r.addressee(), r.emergency(), r.refusalGround(), r.refused());
        }
        table.autoFilter(header, table.nextRow() - 1, REFUSAL_COLUMNS.length);
        table.finish(1);
    }

}
