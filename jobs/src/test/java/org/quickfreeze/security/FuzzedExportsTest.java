package org.quickfreeze.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The sample exports, mutated by a seeded random mutator (truncated lines, stray quotes,
 * random bytes, invalid UTF-8, huge fields, 10,000 columns, CR/LF/CRLF mixes, NUL bytes),
 * through the real job: it never crashes, never shows a stack trace, every row read is
 * loaded, rejected or empty, and every reject has a line and a code. A failing seed is
 * kept as a case of its own.
 */
class FuzzedExportsTest {

    private static final List<String> SAMPLES = List.of("cp-police.csv", "CP-PROSECUTION.csv", "moj-mla-register.csv");

    private static final Pattern FILE_LINE = Pattern.compile(
            "^(\\S+\\.csv)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(LOADED|UNUSABLE|ALREADY_LOADED)",
            Pattern.MULTILINE);

    private static final Set<String> CODES = Arrays.stream(RejectCode.values())
        .map(Enum::name)
        .collect(Collectors.toSet());

    @TempDir
    Path home;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 20261124 })
    void mutatedExportsAreLoadedOrRejectedAndNothingIsLost(long seed) throws IOException {
        Path exports = Files.createDirectories(home.resolve("exports"));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            String sample = SAMPLES.get(i % SAMPLES.size());
            byte[] bytes = Files.readAllBytes(Fixtures.samples().resolve(sample));
            // most files get row-level damage; every fourth also file-level damage (bad
            // UTF-8, NUL)
            Files.write(exports.resolve("mutant-" + i + "-" + sample.toLowerCase()),
                    new Mutator(random, i % 4 == 3).mutate(bytes));
        }
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", exports.toString(), "--period", "2026-10", "--party", "RO");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isIn(0, 3);
        assertThat(outcome.stderr() + outcome.stdout()).doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, Long> rejectedByFile = new HashMap<>();
        Matcher files = FILE_LINE.matcher(outcome.stdout());
        int seen = 0;
        while (files.find()) {
            seen++;
            long read = Long.parseLong(files.group(2));
            long loaded = Long.parseLong(files.group(3));
            long rejected = Long.parseLong(files.group(4));
            long empty = Long.parseLong(files.group(5));
            assertThat(loaded + rejected + empty).as(files.group(1) + ": read = loaded + rejected + empty")
                .isEqualTo(read);
            rejectedByFile.put(files.group(1), rejected);
        }
        assertThat(seen).as(outcome.stdout()).isEqualTo(12);

        List<CSVRecord> rejects = Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv"));
        Map<String, Long> rejectsListed = new HashMap<>();
        for (CSVRecord reject : rejects.subList(1, rejects.size())) {
            assertThat(Long.parseLong(reject.get(1))).as("line of " + reject).isPositive();
            assertThat(reject.get(2)).as("code of " + reject).isIn(CODES);
            assertThat(reject.get(3)).as("message of " + reject).isNotBlank();
            rejectsListed.merge(reject.get(0), 1L, Long::sum);
        }
        rejectedByFile.values().removeIf(n -> n == 0);
        assertThat(rejectsListed).isEqualTo(rejectedByFile);
        try (var failed = Files.list(quickfreeze.out().resolve("failed"))
            .filter(p -> p.toString().endsWith(".reason.txt"))) {
            failed.forEach(reason -> assertThat(reason).isNotEmptyFile());
        }
        catch (java.nio.file.NoSuchFileException ex) {
            // no file was unusable
        }
    }

    /** Damages a file the ways registers and transfers damage exports. */
    static final class Mutator {

        private final SplittableRandom random;

        private final boolean fileLevel;

        Mutator(SplittableRandom random, boolean fileLevel) {
            this.random = random;
            this.fileLevel = fileLevel;
        }

        byte[] mutate(byte[] source) {
            byte[] bytes = source;
            int mutations = 1 + random.nextInt(5);
            for (int i = 0; i < mutations; i++) {
                bytes = switch (random.nextInt(fileLevel ? 9 : 7)) {
                    case 0 -> truncateALine(bytes);
                    case 1 -> insert(bytes, "\"".getBytes(StandardCharsets.UTF_8));
                    case 2 -> randomBytes(bytes);
                    case 3 -> insert(bytes, ("," + "x".repeat(40_000)).getBytes(StandardCharsets.UTF_8));
                    case 4 -> insert(bytes, ("\n" + ",".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8));
                    case 5 -> mixLineEnds(bytes);
                    case 6 -> insert(bytes, "\n\"unterminated,RO,SENT\n".getBytes(StandardCharsets.UTF_8));
                    case 7 -> insert(bytes, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
                    default -> insert(bytes, new byte[] { 0, 0 });
                };
            }
            return bytes;
        }

        /** Somewhere after the header, so that most damage is to rows. */
        private int position(byte[] bytes) {
            int header = 0;
            while (header < bytes.length && bytes[header] != '\n') {
                header++;
            }
            return Math.min(bytes.length, header + 1 + random.nextInt(Math.max(1, bytes.length - header)));
        }

        private byte[] insert(byte[] bytes, byte[] inserted) {
            int at = position(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
            out.write(bytes, 0, at);
            out.write(inserted, 0, inserted.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }

        private byte[] truncateALine(byte[] bytes) {
            int at = position(bytes);
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            out.write(bytes, 0, at);
            out.write(bytes, end, bytes.length - end);
            return out.toByteArray();
        }

        private byte[] randomBytes(byte[] bytes) {
            byte[] copy = bytes.clone();
            int at = position(copy);
            for (int i = 0; i < 1 + random.nextInt(20) && at + i < copy.length; i++) {
                // printable ASCII only: bytes beyond it are file-level damage
                copy[at + i] = (byte) (32 + random.nextInt(95));
            }
            return copy;
        }

        private byte[] mixLineEnds(byte[] bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 100);
            for (byte b : bytes) {
                if (b == '\n') {
                    switch (random.nextInt(3)) {
                        case 0 -> out.write('\n');
                        case 1 -> {
                            out.write('\r');
                            out.write('\n');
                        }
                        default -> out.write('\r');
                    }
                }
                else {
                    out.write(b);
                }
            }
            return out.toByteArray();
        }

    }

}
