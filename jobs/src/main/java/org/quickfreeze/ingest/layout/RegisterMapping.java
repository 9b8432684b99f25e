package org.quickfreeze.ingest.layout;

import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a register whose export is not in the canonical layout: its name and party,
 * which source header feeds each canonical column, which source values mean which code,
 * its date formats, the encoding of its CSV exports, and the file names it applies to (a
 * glob such as {@code moj-*.xlsx}).
 *
 * @param values per code column, source value (lower case) → canonical code
 * @param encoding the character encoding of the register's CSV exports, UTF-8 unless the
 * mapping names another
 */
public record RegisterMapping(String name, String register, String party, String files, Map<Column, String> columns,
        Map<Column, Map<String, String>> values, List<String> dateFormats, Charset encoding) {

    public boolean appliesTo(Path file) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + files);
        return matcher.matches(file.getFileName());
    }

    /**
     * The canonical code for a source value, or the value itself when the mapping does
     * not name it.
     */
    public String code(Column column, String value) {
        Map<String, String> codes = values.get(column);
        if (codes == null || value.isEmpty()) {
            return value;
        }
        return codes.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    /**
     * A date in one of the register's own formats, as {@code yyyy-MM-dd}; empty when none
     * fits.
     */
    public Optional<String> isoDate(String value) {
        for (String format : dateFormats) {
            try {
                DateTimeFormatter formatter = DateTimeFormatter
                    .ofPattern(format.replace("yyyy", "uuuu"), Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
                return Optional.of(LocalDate.parse(value, formatter).toString());
            }
            catch (DateTimeParseException | IllegalArgumentException ex) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
