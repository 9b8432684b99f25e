package org.quickfreeze.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The report templates ({@code .jrxml} beside this class), each compiled once,
 * on first use, and kept for the life of this object.
 */
public final class PdfTemplates {

    private final Map<String, JasperReport> compiled = new HashMap<>();

    public synchronized JasperReport get(String name) {
        return compiled.computeIfAbsent(name, PdfTemplates::compile);
    }

    private static JasperReport compile(String name) {
        try (InputStream jrxml = PdfTemplates.class.getResourceAsStream(name + ".jrxml")) {
            if (jrxml == null) {
                throw new IllegalStateException("report template " + name + ".jrxml is missing");
            }
            return JasperCompileManager.compileReport(jrxml);
        }
        catch (JRException ex) {
            throw new IllegalStateException("report template " + name + ".jrxml does not compile: " + ex.getMessage(),
                    ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
