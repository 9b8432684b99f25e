package org.quickfreeze.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} under a folder to a {@code .jasper} beside it. The build
 * runs it on the compiled classes, so that a run loads the templates instead of compiling
 * them (half a second of every run).
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateCompiler CLASSES_FOLDER");
        }
        for (Path jrxml : templatesUnder(Path.of(args[0]))) {
            String name = jrxml.getFileName().toString();
            Path jasper = jrxml.resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        }
    }

    static List<Path> templatesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
    }

}
