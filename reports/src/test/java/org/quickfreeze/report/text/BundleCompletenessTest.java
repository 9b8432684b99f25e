package org.quickfreeze.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language the reports carry has exactly the English keys, each with the same
 * placeholders, and names its sheets as a workbook allows; the Romanian example file of
 * the sample party too.
 */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    /** The repository's own folder of added languages. */
    static final Path SAMPLE_MESSAGES = Path.of("..", "config", "messages");

    private static final Messages ENGLISH = MessageBundles.english();

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ro" })
    void everyLanguageHasExactlyTheEnglishKeysWithTheSamePlaceholders(String tag) {
        MessageBundles.Language language = new MessageBundles(SAMPLE_MESSAGES).load(tag);
        assertThat(language.missingKeys()).as("keys %s lacks", tag).isEmpty();
        assertThat(language.unknownKeys()).as("keys %s has that English does not", tag).isEmpty();
        Map<String, Set<String>> different = new TreeMap<>();
        for (String key : ENGLISH.keys()) {
            Set<String> english = placeholders(ENGLISH.raw(key));
            Set<String> translated = placeholders(language.messages().raw(key));
            if (!english.equals(translated)) {
                different.put(key, translated);
            }
        }
        assertThat(different).as("keys of %s whose placeholders differ from the English", tag).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr", "ro" })
    void everySheetNameIsOneAWorkbookAccepts(String tag) {
        Messages messages = new MessageBundles(SAMPLE_MESSAGES).load(tag).messages().withLimits(60, 90, 14);
        for (String key : messages.keys()) {
            if (key.startsWith("sheet.") || key.startsWith("eu.sheet.")) {
                String name = messages.text(key);
                WorkbookUtil.validateSheetName(name);
                assertThat(name.length()).as(key).isLessThanOrEqualTo(31);
            }
        }
    }

    @Test
    void frenchIsBundledAndNeedsNoFolder() {
        MessageBundles.Language french = new MessageBundles(Path.of("no-such-folder")).load("fr");
        assertThat(french.files()).containsExactly("/org/quickfreeze/report/text/quickfreeze_fr.properties");
        assertThat(french.messages().text("committee.title")).isEqualTo("Suivi des demandes de conservation rapide");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

}
