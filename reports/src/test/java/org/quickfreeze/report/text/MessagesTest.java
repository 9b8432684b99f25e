package org.quickfreeze.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers in each language's conventions, placeholders filled in, a party's file falling
 * back to English key by key, and a language that cannot be had refused in one sentence.
 */
class MessagesTest {

    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final char NO_BREAK_SPACE = '\u00A0';

    @TempDir
    Path folder;

    private Messages language(String tag) {
        return new MessageBundles(BundleCompletenessTest.SAMPLE_MESSAGES).load(tag).messages();
    }

    @Test
    void frenchWritesANarrowNoBreakSpaceBetweenThousandsAndBeforeThePercentSign() {
        Messages fr = language("fr");
        assertThat(fr.number(1234)).isEqualTo("1" + NARROW_NO_BREAK_SPACE + "234");
        assertThat(fr.percent(new BigDecimal("46.9"))).isEqualTo("46,9" + NARROW_NO_BREAK_SPACE + "%");
        assertThat(fr.decimal(new BigDecimal("1234.5"))).isEqualTo("1" + NARROW_NO_BREAK_SPACE + "234,5");
    }

    @Test
    void romanianWritesAPointBetweenThousandsAndACommaBeforeDecimals() {
        Messages ro = language("ro");
        assertThat(ro.number(1234)).isEqualTo("1.234");
        assertThat(ro.percent(new BigDecimal("46.9"))).isEqualTo("46,9" + NO_BREAK_SPACE + "%");
    }

    @Test
    void englishWritesACommaBetweenThousandsAndASpaceBeforeThePercentSign() {
        Messages en = MessageBundles.english();
        assertThat(en.number(1234)).isEqualTo("1,234");
        assertThat(en.percent(new BigDecimal("46.9"))).isEqualTo("46.9 %");
        assertThat(en.decimal(new BigDecimal("50.0"))).isEqualTo("50.0");
        assertThat(en.change(-2)).isEqualTo("−2");
        assertThat(en.change(1234)).isEqualTo("+1,234");
    }

    @Test
    void placeholdersAreFilledInAndTheLimitsEverywhere() {
        Messages fr = language("fr").withLimits(30, 45, 7);
        assertThat(fr.text("monthly.glance.met60", "period", "2026-10", "count", 1234L))
            .isEqualTo("Période 2026-10 : délais de 30 jours respectés (sur 1" + NARROW_NO_BREAK_SPACE + "234)");
        assertThat(fr.resourceBundle().getString("committee.period.due90")).isEqualTo("Délais de 45 jours");
        // an apostrophe is only an apostrophe: no MessageFormat quoting
        assertThat(fr.text("monthly.list.caseReference")).isEqualTo("Référence de l'affaire");
    }

    @Test
    void aKeyThePartysFileLacksIsEnglishAndListed() throws Exception {
        Files.writeString(folder.resolve("quickfreeze_de.properties"),
                "committee.title=Nachverfolgung der Ersuchen um umgehende Sicherung\nno.such.key=x\n");
        MessageBundles.Language de = new MessageBundles(folder).load("de");
        assertThat(de.messages().text("committee.title"))
            .isEqualTo("Nachverfolgung der Ersuchen um umgehende Sicherung");
        assertThat(de.messages().text("monthly.title")).isEqualTo(MessageBundles.english().text("monthly.title"));
        assertThat(de.missingKeys()).contains("monthly.title").doesNotContain("committee.title");
        assertThat(de.unknownKeys()).containsExactly("no.such.key");
        assertThat(de.messages().number(1234)).isEqualTo("1.234");
    }

    @Test
    void aRegionalTagFindsItsFileBeforeItsLanguages() throws Exception {
        Files.writeString(folder.resolve("quickfreeze_pt.properties"), "pdf.none=Nenhum.\nmonthly.list.start=Início\n");
        Files.writeString(folder.resolve("quickfreeze_pt-BR.properties"), "pdf.none=Nenhuma.\n");
        Messages br = new MessageBundles(folder).load("pt-BR").messages();
        assertThat(br.text("pdf.none")).isEqualTo("Nenhuma.");
        assertThat(br.text("monthly.list.start")).isEqualTo("Início");
    }

    @Test
    void aLanguageWithNoFileIsRefusedInOneSentenceNamingItAndTheFolder() {
        assertThatThrownBy(() -> new MessageBundles(folder).load("xx")).isInstanceOf(LanguageNotAvailable.class)
            .hasMessage("the language xx has neither a bundled file nor a file quickfreeze_xx.properties in " + folder
                    + " (quickfreeze.messages)");
        assertThatThrownBy(() -> new MessageBundles(folder).load("en_GB!")).isInstanceOf(LanguageNotAvailable.class)
            .hasMessageContaining("'en_GB!' is not a language tag");
    }

    @Test
    void aPartysFileThatIsNotUtf8IsRefusedInOneSentence() throws Exception {
        Files.write(folder.resolve("quickfreeze_ro.properties"), new byte[] { 'a', '=', (byte) 0xBA, '\n' });
        assertThatThrownBy(() -> new MessageBundles(folder).load("ro")).isInstanceOf(LanguageNotAvailable.class)
            .hasMessageEndingWith("quickfreeze_ro.properties is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void theEmbeddedFontCoversLatinWithDiacriticsCyrillicAndGreek() throws Exception {
        String sample = "ș ț ă â î é è ç ß ł ő Ș Ț Фишинг против клиентов банка Ελληνικά ⟦⟧ € № ′ – … ·";
        for (String file : new String[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf" }) {
            try (InputStream ttf = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, ttf);
                assertThat(font.canDisplayUpTo(sample)).as(file).isEqualTo(-1);
            }
        }
    }

    @Test
    void everyTextOfEveryBundledLanguageIsInTheEmbeddedFont() throws Exception {
        Font font;
        try (InputStream ttf = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, ttf);
        }
        for (String tag : new String[] { "en", "fr", "ro" }) {
            Messages m = language(tag).withLimits(60, 90, 14);
            for (String key : m.keys()) {
                assertThat(font.canDisplayUpTo(m.raw(key))).as(tag + " " + key).isEqualTo(-1);
            }
        }
    }

}
