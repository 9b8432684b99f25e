package org.quickfreeze.report.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Finds the texts of a language: English, bundled, under every other; then the bundled
 * file of the language, if there is one (French); then a party's own file,
 * {@code quickfreeze_<LANG>.properties} in the messages folder, which wins over both. A
 * regional tag ({@code pt-BR}) is looked up before its language ({@code pt}). A key an
 * added file lacks is English, and is listed, so that the run can say so once.
 */
public final class MessageBundles {

    public static final String ENGLISH = "en";

    /** The languages this module carries a bundle for. */
    public static final List<String> BUNDLED = List.of("en", "fr");

    private static final String RESOURCE = "/org/quickfreeze/report/text/quickfreeze";

    private final Path folder;

    /**
     * @param folder where a party's own bundles are ({@code quickfreeze.messages}); it
     * need not exist
     */
    public MessageBundles(Path folder) {
        this.folder = folder;
    }

    /**
     * The texts of one language, and what its files lack.
     *
     * @param missingKeys English keys that no file of the language has: shown in English
     * @param unknownKeys keys of the language's files that English does not have: ignored
     * @param files the files read, bundled ones by their resource name
     */
    public record Language(String tag, Messages messages, List<String> missingKeys, List<String> unknownKeys,
            List<String> files) {
    }

    /** The English texts, as bundled. */
    public static Messages english() {
        return new Messages(Locale.ENGLISH, bundled(ENGLISH).orElseThrow(), Map.of());
    }

    /** The English bundle's own file, with its comments: where each text appears. */
    public static String englishFile() {
        return resourceText(ENGLISH).orElseThrow();
    }

    /**
     * @throws LanguageNotAvailable when the tag is no language tag, when no file has the
     * language, or when its file cannot be read
     */
    public Language load(String tag) {
        Locale locale = locale(tag);
        Map<String, String> english = bundled(ENGLISH).orElseThrow();
        Map<String, String> texts = new LinkedHashMap<>(english);
        Map<String, String> translated = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        boolean isEnglish = locale.getLanguage().equals(ENGLISH);
        if (isEnglish) {
            files.add(RESOURCE + ".properties");
        }
        for (String candidate : candidates(locale)) {
            Optional<Map<String, String>> bundled = candidate.equals(ENGLISH) ? Optional.empty() : bundled(candidate);
            bundled.ifPresent(t -> {
                translated.putAll(t);
                files.add(RESOURCE + "_" + candidate + ".properties");
            });
            ownFile(candidate).ifPresent(file -> {
                translated.putAll(read(file));
                files.add(file.toString());
            });
        }
        if (files.isEmpty()) {
            throw new LanguageNotAvailable("the language " + tag + " has neither a bundled file nor a file "
                    + "quickfreeze_" + tag + ".properties in " + folder + " (quickfreeze.messages)");
        }
        List<String> unknown = new ArrayList<>();
        translated.forEach((key, text) -> {
            if (english.containsKey(key)) {
                texts.put(key, text);
            }
            else {
                unknown.add(key);
            }
        });
        List<String> missing = new ArrayList<>();
        if (!isEnglish) {
            english.keySet().stream().filter(key -> !translated.containsKey(key)).forEach(missing::add);
        }
        return new Language(tag, new Messages(locale, Map.copyOf(texts), Map.of()), List.copyOf(missing),
                List.copyOf(new TreeSet<>(unknown)), List.copyOf(files));
    }

    private static Locale locale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        }
        catch (IllformedLocaleException ex) {
            throw new LanguageNotAvailable("'" + tag + "' is not a language tag: give one as en, fr, ro or pt-BR");
        }
    }

    /** The language alone first, then the tag with its region: the later one wins. */
    private static List<String> candidates(Locale locale) {
        List<String> candidates = new ArrayList<>();
        candidates.add(locale.getLanguage());
        if (!locale.getCountry().isEmpty()) {
            candidates.add(locale.getLanguage() + "-" + locale.getCountry());
        }
        return candidates;
    }

    private Optional<Path> ownFile(String candidate) {
        for (String name : List.of(candidate, candidate.replace('-', '_'))) {
            Path file = folder.resolve("quickfreeze_" + name + ".properties");
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, String>> bundled(String candidate) {
        return resourceText(candidate).map(MessageBundles::parse);
    }

    private static Optional<String> resourceText(String candidate) {
        String name = RESOURCE + (candidate.equals(ENGLISH) ? "" : "_" + candidate.replace('-', '_')) + ".properties";
        try (InputStream in = MessageBundles.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, String> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new LanguageNotAvailable("the messages file " + file + " cannot be read: " + ex.getMessage());
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString());
        }
        catch (CharacterCodingException ex) {
            throw new LanguageNotAvailable("the messages file " + file + " is not UTF-8 text: save it as UTF-8");
        }
    }

    private static Map<String, String> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        }
        catch (IOException | IllegalArgumentException ex) {
            // a malformed \\uXXXX escape is the only way a properties text fails
            throw new LanguageNotAvailable("a messages file has a malformed \\u escape: " + ex.getMessage());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

}
