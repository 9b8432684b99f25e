package org.quickfreeze.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes realistic canonical exports of one party's three registers: the police and
 * prosecution contact points (preservations, traffic disclosures, subscriber requests)
 * and the Ministry of Justice (MLA requests, most following up a preservation, explicitly
 * or by case reference). Follow-up delays follow the practice the Convention's committee
 * describes: many within the 60 days, a long tail, a third never followed up. The same
 * seed gives the same files, byte for byte. With {@code dirty}, format variants and a few
 * rows of every reject code are mixed in. With {@code europeanOrders}, a fourth register
 * of a prosecutor's office holds European Preservation and Production Orders (Reg. (EU)
 * 2023/1543, from 18 August 2026): a tenth of the cases.
 */
public final class ExportGenerator {

    public static final LocalDate END = LocalDate.of(2026, 10, 31);

    public static final int DAYS = 2 * 365;

    public static final List<String> FILES = List.of("cp-police.csv", "cp-prosecution.csv", "moj-mla.csv");

    static final String[] HEADER = { "request_id", "register", "party", "direction", "request_type", "counterpart",
            "requested_on", "acknowledged_on", "executed_on", "status", "preserved_until", "extended_until",
            "follows_up", "case_reference", "offence", "data_types", "channel", "closed_on" };

    public static final String EUROPEAN_ORDERS_FILE = "eu-orders.csv";

    static final String[] EUROPEAN_HEADER = { "request_id", "register", "party", "direction", "request_type",
            "counterpart", "requested_on", "acknowledged_on", "executed_on", "status", "preserved_until",
            "extended_until", "follows_up", "case_reference", "offence", "data_types", "channel", "closed_on",
            "instrument", "addressee", "emergency", "notified_on", "refusal_ground" };

    /** The day Regulation (EU) 2023/1543 applies from. */
    public static final LocalDate EUROPEAN_ORDERS_FROM = LocalDate.of(2026, 8, 18);

    private static final String[] ENFORCING_STATES = { "IE", "IE", "IE", "DE", "NL", "FR", "BE", "AT" };

    private static final String[] ADDRESSEES = { "Meta Platforms Ireland Ltd", "Google Ireland Ltd",
            "Microsoft Ireland Operations Ltd", "TikTok Technology Ltd",
            "Telegram Messenger Inc. (legal representative in BE)", "Booking.com B.V.", "" };

    private static final String[] EUROPEAN_DATA_TYPES = { "IDENTIFICATION", "SUBSCRIBER", "SUBSCRIBER|TRAFFIC",
            "TRAFFIC", "CONTENT", "" };

    private static final String[] REFUSAL_GROUNDS = { "immunities or privileges (Art. 12(1)(a))",
            "fundamental rights (Art. 12(1)(b))", "ne bis in idem (Art. 12(1)(c))", "" };

    private static final String PARTY = "RO";

    private static final String[] COUNTERPARTS = { "DE", "FR", "US", "NL", "IT", "ES", "UA", "MD", "TR", "GB", "RS",
            "PL", "AT", "HU", "BG", "IE", "BE", "CH", "GR", "PT" };

    private static final String[] OFFENCES = { "Ransomware attack", "Online fraud (phishing)",
            "Business email compromise", "DDoS extortion", "Account takeover", "Child sexual abuse material",
            "Sextortion", "Investment fraud", "Înșelăciune informatică", "Фишинг" };

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One row in this many is made bad in a dirty export. */
    private static final int DIRTY_ONE_IN = 40;

    private final SplittableRandom random;

    private final boolean dirty;

    private final boolean europeanOrders;

    private long sequence;

    private long caseNumber;

    private long dirtyRows;

    public ExportGenerator(long seed, boolean dirty) {
        this(seed, dirty, false);
    }

    public ExportGenerator(long seed, boolean dirty, boolean europeanOrders) {
        this.random = new SplittableRandom(seed);
        this.dirty = dirty;
        this.europeanOrders = europeanOrders;
    }

    /** What was written: rows per file, and the rows made bad on purpose. */
    public record Written(List<Path> files, long rows, long dirtyRows) {
    }

    public Written write(long rows, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (String name : FILES) {
            files.add(folder.resolve(name));
        }
        if (europeanOrders) {
            files.add(folder.resolve(EUROPEAN_ORDERS_FILE));
        }
        try (Register police = new Register(files.get(0), "CP-POLICE", ',', HEADER);
                Register prosecution = new Register(files.get(1), "CP-PROSECUTION", dirty ? ';' : ',', HEADER);
                Register moj = new Register(files.get(2), "MOJ", ',', HEADER);
                Register orders = europeanOrders ? new Register(files.get(3), "PT-EU", ',', EUROPEAN_HEADER) : null) {
            long written = 0;
            while (written < rows) {
                if (orders != null && random.nextInt(10) == 0) {
                    written += writeEuropeanCase(orders, rows - written);
                }
                else {
                    written += writeCase(random.nextInt(10) < 7 ? police : prosecution, moj, rows - written);
                }
            }
            return new Written(files, written, dirtyRows);
        }
    }

    /**
     * A European Preservation Order (most sent, some received from another Member State),
     * perhaps followed by a European Production Order, explicitly or by case reference;
     * at most {@code room} rows.
     */
    private int writeEuropeanCase(Register register, long room) throws IOException {
        int days = (int) (END.toEpochDay() - EUROPEAN_ORDERS_FROM.toEpochDay()) + 1;
        LocalDate requested = EUROPEAN_ORDERS_FROM.plusDays(random.nextInt(days));
        String caseReference = "EU-" + (++caseNumber);
        String direction = random.nextInt(100) < 85 ? "SENT" : "RECEIVED";
        String counterpart = ENFORCING_STATES[random.nextInt(ENFORCING_STATES.length)];
        String addressee = ADDRESSEES[random.nextInt(ADDRESSEES.length)];
        String emergency = pick("NO", 70, "YES", 15, "", 15);
        String dataTypes = EUROPEAN_DATA_TYPES[random.nextInt(EUROPEAN_DATA_TYPES.length)];
        String status = pick("EXECUTED", 80, "OPEN", 14, "REFUSED", 6);
        LocalDate executed = status.equals("EXECUTED") ? requested.plusDays(random.nextInt(3)) : null;
        LocalDate preservedUntil = executed == null ? null : executed.plusDays(60);
        LocalDate extendedUntil = preservedUntil != null && random.nextInt(100) < 20 ? preservedUntil.plusDays(30)
                : null;
        String id = "OEC-" + requested.getYear() + "-" + (++sequence);
        register.write(european(register, id, direction, counterpart, requested, executed, status, preservedUntil,
                extendedUntil, "", caseReference, "EPOC_PR", addressee, emergency, dataTypes, null));
        if (executed == null || room < 2 || random.nextInt(100) < 35) {
            return 1;
        }
        int delay = random.nextInt(100) < 70 ? random.nextInt(61) : 61 + random.nextInt(60);
        LocalDate production = executed.plusDays(delay);
        String productionStatus = pick("EXECUTED", 60, "OPEN", 34, "REFUSED", 6);
        LocalDate produced = productionStatus.equals("EXECUTED") ? production.plusDays(3 + random.nextInt(40)) : null;
        boolean explicit = random.nextBoolean();
        register.write(european(register, "OEP-" + production.getYear() + "-" + (++sequence), direction, counterpart,
                production, produced, productionStatus, null, null, explicit ? id : "",
                explicit && random.nextBoolean() ? "" : caseReference, "EPOC", addressee, emergency, dataTypes,
                random.nextBoolean() ? production.plusDays(random.nextInt(3)) : null));
        return 2;
    }

    private String[] european(Register register, String id, String direction, String counterpart, LocalDate requested,
            LocalDate executed, String status, LocalDate preservedUntil, LocalDate extendedUntil, String followsUp,
            String caseReference, String instrument, String addressee, String emergency, String dataTypes,
            LocalDate notified) {
        String[] row = Arrays.copyOf(row(register, id, direction, "", counterpart, requested, null, executed, status,
                preservedUntil, extendedUntil, followsUp, caseReference, "DIRECT"), EUROPEAN_HEADER.length);
        row[15] = dataTypes;
        row[18] = instrument;
        row[19] = addressee;
        row[20] = emergency;
        row[21] = day(notified);
        row[22] = status.equals("REFUSED") ? REFUSAL_GROUNDS[random.nextInt(REFUSAL_GROUNDS.length)] : "";
        return row;
    }

    /**
     * A case: a preservation or another request, perhaps followed up; at most
     * {@code room} rows.
     */
    private int writeCase(Register contactPoint, Register moj, long room) throws IOException {
        LocalDate requested = END.minusDays(random.nextInt(DAYS));
        String caseReference = "C-" + (++caseNumber);
        String direction = random.nextInt(100) < 55 ? "RECEIVED" : "SENT";
        String counterpart = COUNTERPARTS[skewed(COUNTERPARTS.length)];
        int kind = random.nextInt(100);
        if (kind < 12) {
            contactPoint.write(other(contactPoint, requested, direction, counterpart, caseReference));
            return 1;
        }
        if (kind < 20 || room < 2) {
            moj.write(mla(requested, direction, counterpart, caseReference, ""));
            return 1;
        }
        String[] preservation = preservation(contactPoint, requested, direction, counterpart, caseReference);
        contactPoint.write(preservation);
        if (random.nextInt(100) < 34) {
            return 1;
        }
        LocalDate start = preservation[8].isEmpty() ? requested : LocalDate.parse(preservation[8]);
        LocalDate mlaDay = start.plusDays(delay());
        boolean explicit = random.nextInt(100) < 60;
        String followsUp = explicit ? contactPoint.name + "/" + preservation[0] : "";
        moj.write(
                mla(mlaDay, direction, counterpart, explicit && random.nextBoolean() ? "" : caseReference, followsUp));
        return 2;
    }

    private int delay() {
        int bucket = random.nextInt(100);
        if (bucket < 60) {
            return random.nextInt(61);
        }
        if (bucket < 82) {
            return 61 + random.nextInt(30);
        }
        return 91 + random.nextInt(240);
    }

    private String[] preservation(Register register, LocalDate requested, String direction, String counterpart,
            String caseReference) {
        String type = random.nextInt(100) < 85 ? "PRESERVATION" : "TRAFFIC_DISCLOSURE";
        LocalDate executed = random.nextInt(100) < 85 ? requested.plusDays(random.nextInt(5)) : null;
        String status = pick("EXECUTED", 55, "OPEN", 20, "CLOSED", 15, "REFUSED", 6, "WITHDRAWN", 4);
        LocalDate preservedUntil = executed == null ? null : executed.plusDays(90);
        LocalDate extendedUntil = preservedUntil != null && random.nextInt(100) < 5 ? preservedUntil.plusDays(90)
                : null;
        return row(register, register.prefix + "-" + requested.getYear() + "-" + (++sequence), direction, type,
                counterpart, requested, requested.plusDays(random.nextInt(3)), executed, status, preservedUntil,
                extendedUntil, "", caseReference, "NETWORK_24_7");
    }

    private String[] other(Register register, LocalDate requested, String direction, String counterpart,
            String caseReference) {
        return row(register, register.prefix + "-" + requested.getYear() + "-" + (++sequence), direction,
                random.nextBoolean() ? "SUBSCRIBER_INFO" : "OTHER", counterpart, requested,
                requested.plusDays(random.nextInt(3)), requested.plusDays(1 + random.nextInt(30)),
                pick("EXECUTED", 60, "CLOSED", 25, "OPEN", 15), null, null, "", caseReference, "INTERPOL");
    }

    private String[] mla(LocalDate requested, String direction, String counterpart, String caseReference,
            String followsUp) {
        LocalDate executed = random.nextInt(100) < 45 ? requested.plusDays(30 + random.nextInt(300)) : null;
        String type = pick("MLA_STORED_DATA", 80, "MLA_REALTIME_TRAFFIC", 12, "MLA_INTERCEPTION", 8);
        return row(null, "MJ-" + requested.getYear() + "-" + (++sequence), direction, type, counterpart, requested,
                random.nextInt(100) < 70 ? requested.plusDays(random.nextInt(10)) : null, executed,
                executed == null ? pick("OPEN", 90, "REFUSED", 7, "WITHDRAWN", 3) : "EXECUTED", null, null, followsUp,
                caseReference, pick("DIRECT", 40, "DIPLOMATIC", 30, "EUROJUST", 30));
    }

    private String[] row(Register register, String id, String direction, String type, String counterpart,
            LocalDate requested, LocalDate acknowledged, LocalDate executed, String status, LocalDate preservedUntil,
            LocalDate extendedUntil, String followsUp, String caseReference, String channel) {
        String name = register == null ? "MOJ" : register.name;
        LocalDate closed = "CLOSED".equals(status) ? requested.plusDays(40 + random.nextInt(200)) : null;
        return new String[] { id, name, PARTY, direction, type, counterpart, day(requested), day(acknowledged),
                day(executed), status, day(preservedUntil), day(extendedUntil), followsUp, caseReference,
                OFFENCES[random.nextInt(OFFENCES.length)], random.nextBoolean() ? "SUBSCRIBER|TRAFFIC" : "CONTENT",
                channel, day(closed) };
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Counterparts are not equally frequent: the first ones are the big partners. */
    private int skewed(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.abs(random.nextDouble() * random.nextDouble()) * n));
    }

    private String pick(Object... choicesAndWeights) {
        int total = 0;
        for (int i = 1; i < choicesAndWeights.length; i += 2) {
            total += (Integer) choicesAndWeights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < choicesAndWeights.length; i += 2) {
            roll -= (Integer) choicesAndWeights[i + 1];
            if (roll < 0) {
                return (String) choicesAndWeights[i];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** One register's export file. */
    private final class Register implements AutoCloseable {

        final String name;

        final String prefix;

        final Writer out;

        final CSVPrinter printer;

        final char delimiter;

        String[] previous;

        Register(Path file, String name, char delimiter, String[] header) throws IOException {
            this.name = name;
            this.prefix = name.equals("CP-POLICE") ? "PN" : "PR";
            this.delimiter = delimiter;
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            if (delimiter == ';') {
                out.write('\uFEFF');
            }
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
            printer.printRecord((Object[]) header);
        }

        void write(String[] row) throws IOException {
            if (dirty && random.nextInt(DIRTY_ONE_IN) == 0) {
                dirtyRows++;
                writeDirty(row);
            }
            else if (dirty && random.nextInt(5) == 0) {
                String[] variant = row.clone();
                formatVariant(variant);
                printer.printRecord((Object[]) variant);
            }
            else {
                printer.printRecord((Object[]) row);
            }
            previous = row;
        }

        /**
         * Accepted variants of the same row: day-first dates, article numbers, lower-case
         * codes.
         */
        private void formatVariant(String[] row) {
            for (int i : new int[] { 6, 7, 8 }) {
                if (!row[i].isEmpty()) {
                    row[i] = LocalDate.parse(row[i]).format(DAY_FIRST);
                }
            }
            row[4] = switch (row[4]) {
                case "PRESERVATION" -> "29";
                case "TRAFFIC_DISCLOSURE" -> "ART30";
                case "MLA_STORED_DATA" -> "31";
                default -> row[4];
            };
            row[3] = row[3].toLowerCase();
        }

        /** A row that fails one check, each reject code in turn. */
        private void writeDirty(String[] row) throws IOException {
            String[] bad = row.clone();
            switch ((int) (dirtyRows % 8)) {
                case 0 -> bad[5] = "";
                case 1 -> bad[3] = "OUTGOING";
                case 2 -> bad[5] = "UK";
                case 3 -> bad[6] = "31/02/2026";
                case 4 -> bad[8] = LocalDate.parse(row[6]).minusDays(3).toString();
                case 5 -> bad[5] = PARTY;
                case 6 -> {
                    if (previous == null) {
                        bad[5] = "";
                    }
                    else {
                        bad[0] = previous[0];
                    }
                }
                default -> {
                    printer.flush();
                    out.write(String.join(String.valueOf(delimiter), bad[0], bad[1], "\"" + bad[2] + " unterminated"));
                    out.write("\r\n");
                    return;
                }
            }
            printer.printRecord((Object[]) bad);
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }

    }

}
