package org.quickfreeze.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.report.model.EuOrderFigures;
import org.quickfreeze.report.model.EuRefusalFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.testsupport.PseudoLanguage;
import org.quickfreeze.report.testsupport.ReportModels;
import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.report.workbook.ComplianceWorkbook;
import org.quickfreeze.report.workbook.EuStatisticsWorkbook;

/**
 * Every report rendered in a pseudo-language whose every text is wrapped in {@code ⟦…⟧}:
 * what is left once the wrapped texts are taken out must come from the data (a number, a
 * day, a code, a country, a cell of a register). This is what finds English left in a
 * template, a sheet or a chart.
 */
class PseudoLanguageTest {

    private static final String ORGANISATION = "Ministerul Justiției, România";

    private static final String WORKBOOK = "compliance-2026-10-31.xlsx";

    /**
     * Numbers, signed changes, percentages, days, months, times, page numbers and the
     * punctuation between them.
     */
    private static final Pattern FIGURE = Pattern.compile("[\\d\\s.,:;%+\\-−–()/·…'\"]+");

    /** Codes: states, countries, registers, instruments. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_\\-]*");

    @TempDir
    static Path folder;

    private static Messages pseudo;

    private static ReportModel model;

    private static List<String> data;

    @BeforeAll
    static void pseudoLanguage() throws IOException {
        pseudo = PseudoLanguage.in(folder);
        model = withEuropeanOrders(ReportModels.small());
        Set<String> strings = new TreeSet<>();
        collect(model, strings);
        // the model's word for a value a register did not give, which the workbook shows
        // in
        // its language
        strings.remove("not recorded");
        strings.add(ORGANISATION);
        strings.add(WORKBOOK);
        data = strings.stream()
            .filter(s -> !s.isBlank())
            .sorted(Comparator.comparing(String::length).reversed())
            .toList();
    }

    @Test
    void monthlyReportHasNoTextOutsideTheBundleButTheData() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new MonthlyReport(new PdfTemplates(), new PdfSettings(ORGANISATION, null, 50), pseudo).write(model, WORKBOOK,
                pdf);
        assertThat(strays(text(pdf.toByteArray()))).isEmpty();
        assertThat(text(pdf.toByteArray())).contains("⟦What to do this month", "⟦Page 1 of ");
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            var info = document.getDocumentInformation();
            assertThat(List.of(info.getTitle(), info.getSubject(), info.getKeywords()))
                .allSatisfy(t -> assertThat(t).startsWith("⟦").endsWith("⟧"));
        }
    }

    @Test
    void committeeReportHasNoTextOutsideTheBundleButTheData() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new CommitteeReport(new PdfTemplates(), new PdfSettings(ORGANISATION, null, 50), pseudo).write(model, pdf);
        assertThat(strays(text(pdf.toByteArray()))).isEmpty();
        assertThat(text(pdf.toByteArray())).contains("⟦Follow-up of expedited preservation requests⟧", "⟦7. Method⟧");
    }

    @Test
    void chartsHaveNoWordOutsideTheBundle() {
        Messages m = pseudo.withLimits(60, 90, 14);
        List<JFreeChart> charts = List.of(PdfCharts.backlogTrend(model.trend(), m),
                PdfCharts.delayHistogram(CommitteeReport.delays(model), 60, 90, m),
                PdfCharts.timeToFollowUp(model.timeToFollowUp(), 60, 90, m));
        List<String> words = new ArrayList<>();
        for (JFreeChart chart : charts) {
            words.add(chart.getTitle().getText());
            if (chart.getPlot() instanceof CategoryPlot plot) {
                words.add(plot.getDomainAxis().getLabel());
                words.add(plot.getRangeAxis().getLabel());
            }
            if (chart.getPlot() instanceof XYPlot plot) {
                words.add(plot.getDomainAxis().getLabel());
                words.add(plot.getRangeAxis().getLabel());
                Collection<?> markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
                for (Object marker : markers) {
                    words.add(((Marker) marker).getLabel());
                }
            }
            var legend = chart.getPlot().getLegendItems();
            for (int i = 0; i < legend.getItemCount(); i++) {
                LegendItem item = legend.get(i);
                words.add(item.getLabel());
            }
        }
        assertThat(words).hasSizeGreaterThan(20).allSatisfy(w -> assertThat(w).startsWith("⟦").endsWith("⟧"));
    }

    @Test
    void complianceWorkbookHasNoTextOutsideTheBundleButTheData() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook(pseudo).write(model, out);
        assertThat(workbookStrays(out.toByteArray())).isEmpty();
    }

    @Test
    void euStatisticsWorkbookHasNoTextOutsideTheBundleButTheData() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EuStatisticsWorkbook(pseudo).write(model, out);
        assertThat(workbookStrays(out.toByteArray())).isEmpty();
    }

    @Test
    void theCheckFindsTheEnglishOfAnEnglishReport() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new MonthlyReport(new PdfTemplates(), new PdfSettings(ORGANISATION, null, 50), MessageBundles.english())
            .write(model, WORKBOOK, pdf);
        assertThat(strays(text(pdf.toByteArray()))).contains("PDF: What", "PDF: Overdue:");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ComplianceWorkbook(MessageBundles.english()).write(model, xlsx);
        assertThat(workbookStrays(xlsx.toByteArray())).contains("sheet name Summary: Summary");
    }

    /** The small model with European orders issued, refused and not recorded. */
    private static ReportModel withEuropeanOrders(ReportModel small) {
        EuStatistics eu = new EuStatistics(
                List.of(new EuOrderFigures("EPOC", "all", "all", "all", 3, 2, 1, 1, 2, new BigDecimal("4.5"), 0, null),
                        new EuOrderFigures("EPOC", "TRAFFIC", "not recorded", "NO", 3, 2, 1, 1, 2,
                                new BigDecimal("4.5"), 0, null),
                        new EuOrderFigures("EPOC_PR", "all", "all", "all", 1, 1, 0, 0, 0, null, 1,
                                new BigDecimal("12.0"))),
                List.of(new EuRefusalFigures("EPOC", "TRAFFIC", "not recorded", "NO", "not recorded", 1)));
        return new ReportModel(small.header(), small.findings(), small.stateCounts(), small.stateCountsMonthAgo(),
                small.followUp(), small.period(), small.timeToFollowUp(), small.actions(), small.durations(),
                small.volumes(), small.trend(), small.dataQuality(), eu);
    }

    private static List<String> workbookStrays(byte[] xlsx) throws IOException {
        List<String> strays = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                strays.addAll(strays("sheet name " + sheet.getSheetName(), sheet.getSheetName()));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String where = sheet.getSheetName() + "!" + cell.getAddress();
                            strays.addAll(strays(where, cell.getStringCellValue()));
                        }
                    }
                }
                for (XSSFChart chart : ((XSSFSheet) sheet).getDrawingPatriarch() == null ? List.<XSSFChart>of()
                        : ((XSSFSheet) sheet).getDrawingPatriarch().getCharts()) {
                    Matcher run = Pattern.compile("<a:t>([^<]*)</a:t>").matcher(chart.getCTChartSpace().xmlText());
                    while (run.find()) {
                        strays.addAll(strays("chart of " + sheet.getSheetName(), run.group(1)));
                    }
                }
            }
        }
        return strays;
    }

    private static List<String> strays(String text) {
        return strays("PDF", text);
    }

    /** What is left of a text once the bundle's texts and the data are taken out. */
    private static List<String> strays(String where, String text) {
        String left = PseudoLanguage.unwrapped(text);
        for (String value : data) {
            left = left.replace(value, " ");
        }
        List<String> strays = new ArrayList<>();
        for (String token : left.split("\\s+")) {
            if (!token.isEmpty() && !FIGURE.matcher(token).matches() && !CODE.matcher(token).matches()) {
                strays.add(where + ": " + token);
            }
        }
        return strays;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Every string a record of the model holds, at any depth: the data of the reports.
     */
    private static void collect(Object value, Set<String> strings) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            strings.add(s);
        }
        else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, strings));
        }
        else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, strings);
                collect(v, strings);
            });
        }
        else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), strings);
                }
                catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

}
