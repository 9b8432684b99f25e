package org.quickfreeze.ingest.layout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The register mappings ({@code *.yml}) of the configured folder and of the
 * {@code registers/} folder beside the exports of an input folder. A broken mapping is a
 * configuration error: it stops the run with one sentence naming the file.
 */
public final class RegisterMappings {

    public static final String FOLDER_BESIDE_EXPORTS = "registers";

    private final List<RegisterMapping> mappings;

    private RegisterMappings(List<RegisterMapping> mappings) {
        this.mappings = mappings;
    }

    public static RegisterMappings none() {
        return new RegisterMappings(List.of());
    }

    /**
     * The register mappings of a run: those of the configured folder and those in a
     * {@code registers/} folder beside the exports of each input folder.
     */
    public static RegisterMappings forInputs(Path configured, List<Path> inputs) {
        List<Path> folders = new ArrayList<>();
        folders.add(configured);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                folders.add(input.resolve(FOLDER_BESIDE_EXPORTS));
            }
        }
        return load(folders);
    }

    public static RegisterMappings load(List<Path> folders) {
        List<RegisterMapping> mappings = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                    mappings.add(read(file));
                }
            }
            catch (IOException ex) {
                throw new IllegalArgumentException(
                        "the register mappings in " + folder + " cannot be read: " + ex.getMessage(), ex);
            }
        }
        return new RegisterMappings(mappings);
    }

    /**
     * The mapping whose file pattern the file's name matches, the first in name order.
     */
    public Optional<RegisterMapping> forFile(Path file) {
        return mappings.stream().filter(m -> m.appliesTo(file)).findFirst();
    }

    public Optional<RegisterMapping> named(String name) {
        return mappings.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public List<RegisterMapping> all() {
        return mappings;
    }

    static RegisterMapping read(Path file) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(document instanceof Map<?, ?> yaml)) {
                throw invalid(name, "it is not a YAML mapping of register, files, columns, values");
            }
            String files = text(yaml.get("files"));
            if (files == null) {
                throw invalid(name, "it names no 'files' pattern (e.g. files: \"moj-*.xlsx\")");
            }
            Map<Column, String> columns = new EnumMap<>(Column.class);
            if (yaml.get("columns") instanceof Map<?, ?> given) {
                for (var entry : given.entrySet()) {
                    columns.put(column(name, entry.getKey()), text(entry.getValue()));
                }
            }
            Map<Column, Map<String, String>> values = new EnumMap<>(Column.class);
            if (yaml.get("values") instanceof Map<?, ?> given) {
                for (var entry : given.entrySet()) {
                    Column column = column(name, entry.getKey());
                    Map<String, String> codes = new HashMap<>();
                    if (entry.getValue() instanceof Map<?, ?> byCode) {
                        for (var code : byCode.entrySet()) {
                            List<?> sources = code.getValue() instanceof List<?> list ? list : List.of(code.getValue());
                            for (Object source : sources) {
                                codes.put(text(source).toLowerCase(Locale.ROOT), text(code.getKey()));
                            }
                        }
                    }
                    values.put(column, codes);
                }
            }
            List<String> dateFormats = new ArrayList<>();
            if (yaml.get("date_formats") instanceof List<?> formats) {
                formats.forEach(f -> dateFormats.add(text(f)));
            }
            String register = text(yaml.get("register"));
            return new RegisterMapping(name, register, text(yaml.get("party")), files, columns, values, dateFormats,
                    encoding(name, text(yaml.get("encoding"))));
        }
        catch (IOException | YAMLException ex) {
            throw invalid(name, ex.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private static Charset encoding(String file, String name) {
        if (name == null || name.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        }
        catch (IllegalArgumentException ex) {
            throw invalid(file, "encoding '" + name + "' is not an encoding Java knows (e.g. windows-1250, "
                    + "windows-1251, ISO-8859-2)");
        }
    }

    private static Column column(String file, Object key) {
        return Column.fromHeader(String.valueOf(key))
            .orElseThrow(() -> invalid(file, "'" + key + "' is not a column of the case-export format"));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }

    private static IllegalArgumentException invalid(String file, String reason) {
        return new IllegalArgumentException("register mapping " + file + " is not valid: " + reason);
    }

}
