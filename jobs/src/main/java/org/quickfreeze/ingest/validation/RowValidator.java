package org.quickfreeze.ingest.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.quickfreeze.ingest.export.ExportRow;
import org.quickfreeze.ingest.layout.Column;
import org.quickfreeze.ingest.layout.RowDefaults;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;

/**
 * The row checks of the case-export contract, in the contract's order: the first that
 * fails names the reject code. {@code DUPLICATE_ID} is checked per file when the file is
 * merged, since it needs the rows before.
 */
public final class RowValidator {

    public static final int MAX_REQUEST_ID_LENGTH = 64;

    /** The store's limit for a register's name: register and request id make its key. */
    public static final int MAX_REGISTER_LENGTH = 200;

    static final Set<String> CHANNELS = Set.of("NETWORK_24_7", "INTERPOL", "DIRECT", "DIPLOMATIC", "EUROJUST", "OTHER");

    static final Set<String> DATA_TYPES = Set.of("SUBSCRIBER", "IDENTIFICATION", "TRAFFIC", "CONTENT");

    static final Set<String> EMERGENCY = Set.of("YES", "NO");

    private static final List<Column> DATES = Arrays.stream(Column.values()).filter(Column::isDate).toList();

    /** Dates that cannot come before the request. */
    private static final List<Column> AFTER_REQUEST = List.of(Column.ACKNOWLEDGED_ON, Column.EXECUTED_ON,
            Column.CLOSED_ON, Column.NOTIFIED_ON);

    public CaseRequest validate(ExportRow row, RowDefaults defaults) throws RowRejected {
        String register = row.get(Column.REGISTER).isEmpty() ? defaults.register() : row.get(Column.REGISTER);
        String party = row.get(Column.PARTY).isEmpty() ? nullToEmpty(defaults.party()) : row.get(Column.PARTY);

        boolean europeanOrder = Instrument.fromCode(row.get(Column.INSTRUMENT))
            .map(Instrument::isEuropeanOrder)
            .orElse(false);
        for (Column column : Column.values()) {
            if (column == Column.REQUEST_TYPE && europeanOrder) {
                continue;
            }
            if (column.required() && row.get(column).isEmpty()) {
                throw new RowRejected(RejectCode.MISSING_FIELD, column.header() + " is empty: " + hint(column));
            }
        }
        if (party.isEmpty()) {
            throw new RowRejected(RejectCode.MISSING_FIELD,
                    "party is empty and no default party is configured: fill party or run with --party");
        }
        String requestId = row.get(Column.REQUEST_ID);
        if (requestId.length() > MAX_REQUEST_ID_LENGTH) {
            throw new RowRejected(RejectCode.MALFORMED_ROW, "request_id is " + requestId.length()
                    + " characters long; at most " + MAX_REQUEST_ID_LENGTH + " are allowed");
        }

        if (register != null && register.length() > MAX_REGISTER_LENGTH) {
            throw new RowRejected(RejectCode.MALFORMED_ROW, "register is " + register.length()
                    + " characters long; at most " + MAX_REGISTER_LENGTH + " are allowed");
        }

        Direction direction = code(row, Column.DIRECTION, s -> enumValue(Direction.class, s), "SENT or RECEIVED");
        Instrument instrument = code(row, Column.INSTRUMENT, Instrument::fromCode,
                "one of " + Arrays.toString(Instrument.values()) + ", or leave it empty for the Convention");
        RequestType type = requestType(row, instrument);
        RequestStatus status = code(row, Column.STATUS, s -> enumValue(RequestStatus.class, s),
                "one of " + Arrays.toString(RequestStatus.values()));
        String channel = optionalCode(row, Column.CHANNEL, CHANNELS);
        String emergency = optionalCode(row, Column.EMERGENCY, EMERGENCY);
        Set<String> dataTypes = dataTypes(row);

        party = country(Column.PARTY, party);
        String counterpart = country(Column.COUNTERPART, row.get(Column.COUNTERPART));

        Map<Column, LocalDate> dates = new EnumMap<>(Column.class);
        for (Column column : DATES) {
            LocalDate day = DateCells.parse(column, row.get(column));
            if (day != null) {
                dates.put(column, day);
            }
        }
        LocalDate requestedOn = dates.get(Column.REQUESTED_ON);
        for (Column column : AFTER_REQUEST) {
            LocalDate day = dates.get(column);
            if (day != null && day.isBefore(requestedOn)) {
                throw new RowRejected(RejectCode.DATE_ORDER, column.header() + " " + day + " is before requested_on "
                        + requestedOn + ": one of the two dates is wrong");
            }
        }
        LocalDate preservedUntil = dates.get(Column.PRESERVED_UNTIL);
        LocalDate extendedUntil = dates.get(Column.EXTENDED_UNTIL);
        if (preservedUntil != null && extendedUntil != null && extendedUntil.isBefore(preservedUntil)) {
            throw new RowRejected(RejectCode.DATE_ORDER, "extended_until " + extendedUntil
                    + " is before preserved_until " + preservedUntil + ": an extension must end later");
        }
        if (counterpart.equals(party)) {
            throw new RowRejected(RejectCode.SAME_PARTY, "counterpart " + counterpart
                    + " is the party itself: a request goes to or comes from another party");
        }
        return new CaseRequest(register, requestId, party, direction, type, counterpart, requestedOn,
                dates.get(Column.ACKNOWLEDGED_ON), dates.get(Column.EXECUTED_ON), status, preservedUntil, extendedUntil,
                emptyToNull(row.get(Column.FOLLOWS_UP)), emptyToNull(row.get(Column.CASE_REFERENCE)),
                emptyToNull(row.get(Column.OFFENCE)), dataTypes, channel, dates.get(Column.CLOSED_ON), instrument,
                emptyToNull(row.get(Column.ADDRESSEE)), emergency, dates.get(Column.NOTIFIED_ON),
                emptyToNull(row.get(Column.REFUSAL_GROUND)));
    }

    /**
     * The request type as given, or, on a European order whose cell is empty, the one its
     * instrument implies; a European order of another type is {@code BAD_CODE}.
     */
    private static RequestType requestType(ExportRow row, Instrument instrument) throws RowRejected {
        RequestType implied = instrument.requestType();
        if (implied != null && row.get(Column.REQUEST_TYPE).isEmpty()) {
            return implied;
        }
        RequestType type = code(row, Column.REQUEST_TYPE, RequestType::fromCode, "one of "
                + Arrays.toString(RequestType.values()) + ", an article number (29, 30, 31, 33, 34) or ART29…ART34");
        if (implied != null && type != implied) {
            throw new RowRejected(RejectCode.BAD_CODE, "request_type " + type + " does not fit instrument " + instrument
                    + ": an " + instrument + " is " + implied + " (or leave request_type empty)");
        }
        return type;
    }

    private static <T> T code(ExportRow row, Column column, Function<String, Optional<T>> parser, String expected)
            throws RowRejected {
        String cell = row.get(column);
        Optional<T> value = parser.apply(cell);
        if (value.isEmpty()) {
            throw new RowRejected(RejectCode.BAD_CODE,
                    column.header() + " " + RowRejected.quote(cell) + " is not a known code: use " + expected);
        }
        return value.get();
    }

    private static String optionalCode(ExportRow row, Column column, Set<String> codes) throws RowRejected {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        String code = cell.toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new RowRejected(RejectCode.BAD_CODE, column.header() + " " + RowRejected.quote(cell)
                    + " is not a known code: use one of " + String.join(", ", codes.stream().sorted().toList()));
        }
        return code;
    }

    private static Set<String> dataTypes(ExportRow row) throws RowRejected {
        Set<String> types = new LinkedHashSet<>();
        String cell = row.get(Column.DATA_TYPES);
        if (cell.isEmpty()) {
            return types;
        }
        for (String item : cell.split("\\|")) {
            String code = item.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!DATA_TYPES.contains(code)) {
                throw new RowRejected(RejectCode.BAD_CODE, "data_types item " + RowRejected.quote(item.trim())
                        + " is not a known code: use SUBSCRIBER, IDENTIFICATION, TRAFFIC or CONTENT, separated by |");
            }
            types.add(code);
        }
        return types;
    }

    private static String country(Column column, String cell) throws RowRejected {
        String code = CountryCodes.normalized(cell);
        if (!CountryCodes.isCode(code)) {
            throw new RowRejected(RejectCode.BAD_COUNTRY, column.header() + " " + RowRejected.quote(cell)
                    + " is not an ISO 3166-1 alpha-2 country code" + CountryCodes.hint(code));
        }
        return code;
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String cell) {
        String normalized = cell.toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static String hint(Column column) {
        return switch (column) {
            case REQUEST_ID -> "every row needs the request's reference in the register";
            case DIRECTION -> "write SENT or RECEIVED";
            case REQUEST_TYPE -> "write what was requested, e.g. PRESERVATION or MLA_STORED_DATA";
            case COUNTERPART -> "write the other party's ISO country code, e.g. DE";
            case REQUESTED_ON -> "write the day the request was sent or received";
            case STATUS -> "write OPEN, EXECUTED, REFUSED, WITHDRAWN or CLOSED";
            default -> "this column is required";
        };
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
