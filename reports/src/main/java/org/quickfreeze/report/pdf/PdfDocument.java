package org.quickfreeze.report.pdf;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.quickfreeze.report.text.Messages;

/**
 * Fills a master template (one record: its sections are its detail bands) and exports it
 * as PDF with metadata, in the report's language.
 */
final class PdfDocument {

    record Metadata(String title, String subject, String author, String keywords) {
    }

    private PdfDocument() {
    }

    /**
     * @param messages the report's language: its texts are the templates' {@code $R{…}},
     * its locale their {@code REPORT_LOCALE}
     */
    static void write(JasperReport master, Map<String, Object> parameters, Messages messages, Metadata metadata,
            OutputStream out) {
        try {
            Map<String, Object> filled = new HashMap<>(parameters);
            filled.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.resourceBundle());
            filled.put(JRParameter.REPORT_LOCALE, messages.locale());
            JasperPrint print = JasperFillManager.fillReport(master, filled, new JREmptyDataSource(1));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(metadata.title());
            configuration.setMetadataSubject(metadata.subject());
            configuration.setMetadataAuthor(metadata.author());
            configuration.setMetadataKeywords(metadata.keywords());
            configuration.setMetadataCreator("Quickfreeze");
            configuration.setDisplayMetadataTitle(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        }
        catch (JRException ex) {
            throw new IllegalStateException("the PDF " + metadata.title() + " cannot be made: " + ex.getMessage(), ex);
        }
    }

}
