package org.quickfreeze.report.model;

import java.time.LocalDate;

/**
 * One preservation as the audit sees it on the as-of day. Cells that do not apply to the
 * state are {@code null}, as in the findings CSV. The case reference, offence,
 * {@code extended_until} and instrument are not findings columns: the lists for people,
 * the month-ago states and the limit of a European preservation order need them.
 */
public record FindingRow(String register, String requestId, String party, String direction, String counterpart,
        String requestType, LocalDate requestedOn, LocalDate startOn, String followUpRegister, String followUpId,
        LocalDate followUpOn, String link, Integer delayDays, Integer ageDays, Integer daysLeft, String state,
        String severity, String caseReference, String offence, LocalDate extendedUntil, String instrument) {

    public boolean flagged() {
        return "LAPSED".equals(state) || "OVERDUE".equals(state) || "EXTENDED".equals(state);
    }

    public boolean dueSoon() {
        return "DUE_SOON".equals(state);
    }
}
