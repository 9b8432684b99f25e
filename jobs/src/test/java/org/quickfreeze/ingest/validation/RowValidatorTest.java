package org.quickfreeze.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quickfreeze.ingest.export.ExportRow;
import org.quickfreeze.ingest.layout.Column;
import org.quickfreeze.ingest.layout.RowDefaults;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator();

    private final RowDefaults defaults = new RowDefaults("cp-police", "RO");

    private Map<Column, String> validRow() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.REQUEST_ID, "PN-2026-0001");
        cells.put(Column.DIRECTION, "SENT");
        cells.put(Column.REQUEST_TYPE, "PRESERVATION");
        cells.put(Column.COUNTERPART, "DE");
        cells.put(Column.REQUESTED_ON, "2026-03-02");
        cells.put(Column.STATUS, "OPEN");
        return cells;
    }

    private CaseRequest validate(Map<Column, String> cells) throws RowRejected {
        return validator.validate(new ExportRow(2, cells, new ArrayList<>(cells.values())), defaults);
    }

    private void assertRejected(Map<Column, String> cells, RejectCode code, String messagePart) {
        assertThatThrownBy(() -> validate(cells)).isInstanceOf(RowRejected.class)
            .satisfies(ex -> assertThat(((RowRejected) ex).code()).isEqualTo(code))
            .hasMessageContaining(messagePart);
    }

    @Test
    void validRowTakesTheFileRegisterAndTheConfiguredPartyWhenItHasNone() throws RowRejected {
        CaseRequest r = validate(validRow());
        assertThat(r.register()).isEqualTo("cp-police");
        assertThat(r.party()).isEqualTo("RO");
        assertThat(r.direction()).isEqualTo(Direction.SENT);
        assertThat(r.requestType()).isEqualTo(RequestType.PRESERVATION);
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "29, PRESERVATION", "30, TRAFFIC_DISCLOSURE", "31, MLA_STORED_DATA", "33, MLA_REALTIME_TRAFFIC",
            "34, MLA_INTERCEPTION", "ART29, PRESERVATION", "art31, MLA_STORED_DATA", "Art34, MLA_INTERCEPTION",
            "preservation, PRESERVATION", "subscriber_info, SUBSCRIBER_INFO", "Other, OTHER" })
    void requestTypeAliases(String cell, RequestType type) throws RowRejected {
        Map<Column, String> row = validRow();
        row.put(Column.REQUEST_TYPE, cell);
        assertThat(validate(row).requestType()).isEqualTo(type);
    }

    @Test
    void codesAndCountriesMatchInAnyCase() throws RowRejected {
        Map<Column, String> row = validRow();
        row.put(Column.DIRECTION, "received");
        row.put(Column.STATUS, "Executed");
        row.put(Column.COUNTERPART, "de");
        row.put(Column.PARTY, "ro");
        row.put(Column.CHANNEL, "network_24_7");
        row.put(Column.DATA_TYPES, "subscriber | Traffic");
        CaseRequest r = validate(row);
        assertThat(r.direction()).isEqualTo(Direction.RECEIVED);
        assertThat(r.counterpart()).isEqualTo("DE");
        assertThat(r.party()).isEqualTo("RO");
        assertThat(r.channel()).isEqualTo("NETWORK_24_7");
        assertThat(r.dataTypes()).containsExactly("SUBSCRIBER", "TRAFFIC");
    }

    @ParameterizedTest
    @CsvSource({ "REQUEST_ID", "DIRECTION", "REQUEST_TYPE", "COUNTERPART", "REQUESTED_ON", "STATUS" })
    void emptyRequiredColumnIsMissingField(Column column) {
        Map<Column, String> row = validRow();
        row.put(column, "");
        assertRejected(row, RejectCode.MISSING_FIELD, column.header() + " is empty");
    }

    @Test
    void noPartyAnywhereIsMissingField() {
        assertThatThrownBy(
                () -> validator.validate(new ExportRow(2, validRow(), List.of()), new RowDefaults("cp-police", null)))
            .hasMessageContaining("--party");
    }

    @Test
    void unknownCodesAreBadCode() {
        Map<Column, String> row = validRow();
        row.put(Column.DIRECTION, "OUTGOING");
        assertRejected(row, RejectCode.BAD_CODE, "direction 'OUTGOING'");
        row = validRow();
        row.put(Column.REQUEST_TYPE, "32");
        assertRejected(row, RejectCode.BAD_CODE, "request_type '32'");
        row = validRow();
        row.put(Column.STATUS, "PENDING");
        assertRejected(row, RejectCode.BAD_CODE, "status 'PENDING'");
        row = validRow();
        row.put(Column.CHANNEL, "EMAIL");
        assertRejected(row, RejectCode.BAD_CODE, "channel 'EMAIL'");
        row = validRow();
        row.put(Column.DATA_TYPES, "SUBSCRIBER|LOCATION");
        assertRejected(row, RejectCode.BAD_CODE, "data_types item 'LOCATION'");
    }

    @Test
    void countriesMustBeIsoAlpha2() {
        Map<Column, String> row = validRow();
        row.put(Column.COUNTERPART, "UK");
        assertRejected(row, RejectCode.BAD_COUNTRY, "ISO 3166-1 writes GB");
        row = validRow();
        row.put(Column.PARTY, "ROU");
        assertRejected(row, RejectCode.BAD_COUNTRY, "party 'ROU'");
    }

    @Test
    void unreadableDateIsBadDate() {
        Map<Column, String> row = validRow();
        row.put(Column.CLOSED_ON, "soon");
        assertRejected(row, RejectCode.BAD_DATE, "closed_on 'soon'");
    }

    @Test
    void datesBeforeTheRequestAreDateOrder() {
        for (Column column : List.of(Column.ACKNOWLEDGED_ON, Column.EXECUTED_ON, Column.CLOSED_ON)) {
            Map<Column, String> row = validRow();
            row.put(column, "2026-03-01");
            assertRejected(row, RejectCode.DATE_ORDER, column.header() + " 2026-03-01 is before requested_on");
        }
        Map<Column, String> row = validRow();
        row.put(Column.PRESERVED_UNTIL, "2026-06-01");
        row.put(Column.EXTENDED_UNTIL, "2026-05-31");
        assertRejected(row, RejectCode.DATE_ORDER, "extended_until 2026-05-31 is before preserved_until");
    }

    @Test
    void sameDayAsTheRequestIsInOrder() throws RowRejected {
        Map<Column, String> row = validRow();
        row.put(Column.EXECUTED_ON, "2026-03-02");
        row.put(Column.ACKNOWLEDGED_ON, "02/03/2026");
        assertThat(validate(row).executedOn()).isEqualTo(validate(row).requestedOn());
    }

    @Test
    void counterpartEqualToPartyIsSameParty() {
        Map<Column, String> row = validRow();
        row.put(Column.COUNTERPART, "ro");
        assertRejected(row, RejectCode.SAME_PARTY, "counterpart RO is the party itself");
    }

    @Test
    void firstFailingCheckInContractOrderNamesTheCode() {
        Map<Column, String> row = validRow();
        row.put(Column.COUNTERPART, "XX");
        row.put(Column.REQUESTED_ON, "yesterday");
        row.put(Column.DIRECTION, "OUT");
        assertRejected(row, RejectCode.BAD_CODE, "direction");
    }

    @Test
    void requestIdLongerThan64CharactersIsRejected() {
        Map<Column, String> row = validRow();
        row.put(Column.REQUEST_ID, "X".repeat(65));
        assertRejected(row, RejectCode.MALFORMED_ROW, "at most 64");
    }

    @Test
    void registerLongerThan200CharactersIsRejectedRatherThanCut() {
        Map<Column, String> row = validRow();
        row.put(Column.REGISTER, "R".repeat(201));
        assertRejected(row, RejectCode.MALFORMED_ROW, "register is 201 characters long; at most 200");
    }

    @Test
    void aHugeBadCellIsQuotedByItsStartAndLengthSoTheMessageStaysOneReadableLine() {
        Map<Column, String> row = validRow();
        row.put(Column.DIRECTION, "S".repeat(5_000));
        assertThatThrownBy(() -> validate(row)).isInstanceOf(RowRejected.class)
            .hasMessage("direction '" + "S".repeat(60) + "…' (5000 characters) is not a known code: use SENT or "
                    + "RECEIVED");
        row.put(Column.DIRECTION, "SENT");
        row.put(Column.REQUESTED_ON, "9".repeat(5_000));
        assertThatThrownBy(() -> validate(row)).isInstanceOf(RowRejected.class)
            .hasMessageStartingWith("requested_on '" + "9".repeat(60) + "…' (5000 characters) is not a date");
    }

    @Test
    void europeanOrdersMayLeaveTheRequestTypeEmptyAndTakeTheOneTheirInstrumentImplies() throws RowRejected {
        Map<Column, String> preservationOrder = validRow();
        preservationOrder.put(Column.INSTRUMENT, "epoc_pr");
        preservationOrder.put(Column.REQUEST_TYPE, "");
        preservationOrder.put(Column.ADDRESSEE, "Meta Platforms Ireland Ltd");
        preservationOrder.put(Column.EMERGENCY, "yes");
        preservationOrder.put(Column.DATA_TYPES, "identification|Subscriber");
        Map<Column, String> productionOrder = validRow();
        productionOrder.put(Column.INSTRUMENT, "EPOC");
        productionOrder.put(Column.REQUEST_TYPE, "");
        productionOrder.put(Column.NOTIFIED_ON, "2026-03-03");
        productionOrder.put(Column.STATUS, "REFUSED");
        productionOrder.put(Column.REFUSAL_GROUND, "immunities and privileges");

        CaseRequest preservation = validate(preservationOrder);
        CaseRequest production = validate(productionOrder);

        assertThat(preservation.instrument()).isEqualTo(Instrument.EPOC_PR);
        assertThat(preservation.requestType()).isEqualTo(RequestType.PRESERVATION);
        assertThat(preservation.addressee()).isEqualTo("Meta Platforms Ireland Ltd");
        assertThat(preservation.emergency()).isEqualTo("YES");
        assertThat(preservation.dataTypes()).containsExactly("IDENTIFICATION", "SUBSCRIBER");
        assertThat(production.instrument()).isEqualTo(Instrument.EPOC);
        assertThat(production.requestType()).isEqualTo(RequestType.MLA_STORED_DATA);
        assertThat(production.notifiedOn()).hasToString("2026-03-03");
        assertThat(production.refusalGround()).isEqualTo("immunities and privileges");
        assertThat(validate(validRow()).instrument()).as("empty: the Convention").isEqualTo(Instrument.BUDAPEST);
    }

    @Test
    void aConventionRequestStillNeedsItsRequestType() {
        Map<Column, String> row = validRow();
        row.put(Column.REQUEST_TYPE, "");
        row.put(Column.INSTRUMENT, "BUDAPEST");
        assertRejected(row, RejectCode.MISSING_FIELD, "request_type is empty");
    }

    @Test
    void aRequestTypeThatDoesNotFitTheInstrumentIsABadCode() throws RowRejected {
        Map<Column, String> row = validRow();
        row.put(Column.INSTRUMENT, "EPOC_PR");
        row.put(Column.REQUEST_TYPE, "TRAFFIC_DISCLOSURE");
        assertRejected(row, RejectCode.BAD_CODE, "does not fit instrument EPOC_PR");
        Map<Column, String> production = validRow();
        production.put(Column.INSTRUMENT, "EPOC");
        production.put(Column.REQUEST_TYPE, "31");
        assertThat(validate(production).requestType()).as("Art. 31 is what an EPOC is")
            .isEqualTo(RequestType.MLA_STORED_DATA);
    }

    @Test
    void unknownInstrumentOrEmergencyIsABadCodeAndANotificationBeforeTheRequestIsOutOfOrder() {
        Map<Column, String> instrument = validRow();
        instrument.put(Column.INSTRUMENT, "EIO-X");
        assertRejected(instrument, RejectCode.BAD_CODE, "instrument 'EIO-X' is not a known code");
        Map<Column, String> emergency = validRow();
        emergency.put(Column.EMERGENCY, "maybe");
        assertRejected(emergency, RejectCode.BAD_CODE, "emergency 'maybe' is not a known code: use one of NO, YES");
        Map<Column, String> notified = validRow();
        notified.put(Column.NOTIFIED_ON, "2026-03-01");
        assertRejected(notified, RejectCode.DATE_ORDER, "notified_on 2026-03-01 is before requested_on 2026-03-02");
    }

}
