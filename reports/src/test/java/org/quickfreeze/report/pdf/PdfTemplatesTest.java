package org.quickfreeze.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTemplatesTest {

    private static final List<String> TEMPLATES = List.of("action-list", "actions", "committee", "durations", "figures",
            "lapsed-counts", "monthly", "period", "state-glance", "state-names", "time-to-follow-up", "volumes");

    @Test
    void everyTemplateIsShippedCompiledBesideItsSource() throws URISyntaxException, IOException {
        Path folder = Path.of(PdfTemplates.class.getResource("monthly.jrxml").toURI()).getParent();

        assertThat(TemplateCompiler.templatesUnder(folder)).extracting(p -> p.getFileName().toString())
            .containsExactlyElementsOf(TEMPLATES.stream().map(t -> t + ".jrxml").toList());
        for (String template : TEMPLATES) {
            assertThat(folder.resolve(template + ".jasper")).isRegularFile();
        }
    }

    @Test
    void loadedTemplatesAreTheOnesNamed() {
        PdfTemplates templates = new PdfTemplates();

        for (String template : TEMPLATES) {
            assertThat(templates.get(template).getName()).isEqualTo(template);
        }
        assertThat(templates.get("committee")).isSameAs(templates.get("committee"));
    }

    @Test
    void compilerWritesAJasperBesideEachSourceInTheFolderTree(@TempDir Path classes) throws Exception {
        Path folder = Files.createDirectories(classes.resolve("org/quickfreeze/report/pdf"));
        try (var source = PdfTemplates.class.getResourceAsStream("figures.jrxml")) {
            Files.copy(source, folder.resolve("figures.jrxml"));
        }

        TemplateCompiler.main(new String[] { classes.toString() });

        JasperReport compiled = (JasperReport) JRLoader.loadObjectFromFile(folder.resolve("figures.jasper").toString());
        assertThat(compiled.getName()).isEqualTo("figures");
    }

    @Test
    void missingTemplateIsNamedInTheError() {
        PdfTemplates templates = new PdfTemplates();

        assertThatThrownBy(() -> templates.get("annual")).hasMessage("report template annual.jrxml is missing");
    }

}
