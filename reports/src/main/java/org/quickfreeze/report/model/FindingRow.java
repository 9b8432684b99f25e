package org.quickfreeze.report.model;

import java.time.LocalDate;

/**
 * One preservation as the audit sees it on the as-of day. Cells that do not
 * apply to the state are {@code null}, as in the findings CSV. The case
 * reference, offence and {@code extended_until} are not findings columns: the
 * lists for people and the month-ago states need them.
 */
public record FindingRow(
        String register,
        String requestId,
        String party,
        String direction,
        String counterpart,
        String requestType,
        LocalDate requestedOn,
        LocalDate startOn,
        String followUpRegister,
        String followUpId,
        LocalDate followUpOn,
        String link,
        Integer delayDays,
        Integer ageDays,
        Integer daysLeft,
        String state,
        String severity,
        String caseReference,
        String offence,
        LocalDate extendedUntil) {

    public boolean flagged() {
        return "LAPSED".equals(state) || "OVERDUE".equals(state) || "EXTENDED".equals(state);
    }

    public boolean dueSoon() {
        return "DUE_SOON".equals(state);
    }
}
