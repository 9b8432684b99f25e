package org.quickfreeze.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates ({@code .jrxml} beside this class), each loaded once and kept for
 * the life of this object. The build compiles them to {@code .jasper} files beside the
 * sources; a template without its compiled form next to it (a template placed ahead on
 * the class path, or classes built without the build's compile step) is compiled here on
 * first use.
 */
public final class PdfTemplates {

    private final Map<String, JasperReport> loaded = new HashMap<>();

    public synchronized JasperReport get(String name) {
        return loaded.computeIfAbsent(name, PdfTemplates::load);
    }

    private static JasperReport load(String name) {
        URL source = PdfTemplates.class.getResource(name + ".jrxml");
        if (source == null) {
            throw new IllegalStateException("report template " + name + ".jrxml is missing");
        }
        try {
            URL compiled = compiledBeside(source, name);
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
            try (InputStream jrxml = source.openStream()) {
                return JasperCompileManager.compileReport(jrxml);
            }
        }
        catch (JRException ex) {
            throw new IllegalStateException("report template " + name + ".jrxml does not compile: " + ex.getMessage(),
                    ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The {@code .jasper} in the same folder or jar as the source, or null when there is
     * none.
     */
    private static URL compiledBeside(URL source, String name) throws MalformedURLException {
        URL compiled = new URL(source, name + ".jasper");
        try (InputStream probe = compiled.openStream()) {
            return compiled;
        }
        catch (IOException absent) {
            return null;
        }
    }

}
