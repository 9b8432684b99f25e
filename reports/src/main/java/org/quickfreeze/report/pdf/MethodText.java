package org.quickfreeze.report.pdf;

import org.quickfreeze.report.model.ReportHeader;

/** The method section of the committee report: the definitions in plain words. */
final class MethodText {

    private MethodText() {
    }

    static String of(ReportHeader h) {
        int l1 = h.followUpDays();
        int l2 = h.maxPreservationDays();
        return "<b>What is counted.</b> Every request in the case registers of the contact points and of the "
                + "central authority is one row. A preservation is a request under Art. 29 (expedited preservation) "
                + "or Art. 30 (expedited disclosure of traffic data); an MLA request is one under Art. 31, 33 or 34. "
                + "The volume table counts the requests sent and received in the period, whatever their type or "
                + "status; European Preservation and Production Orders (Regulation (EU) 2023/1543), addressed to "
                + "service providers rather than to parties, are not counted in it.\n"
                + "<b>As-of rule.</b> The report describes the situation on " + h.asOf() + ": anything dated after "
                + "that day is treated as not having happened yet, so that the report can be reproduced later with "
                + "the same figures.\n"
                + "<b>Follow-up.</b> An MLA request follows up a preservation when it names it, or, failing that, "
                + "when it has the same case reference, the same parties and direction, and was made on or after "
                + "the preservation request. The preservation starts on the day it was effected (else the day it "
                + "was requested); its delay is the number of days from that start to the first MLA request that "
                + "follows it up.\n"
                + "<b>States.</b> Refused or withdrawn preservations are excluded. A followed-up preservation is on "
                + "time (delay up to " + l1 + " days), late (up to " + l2 + " days) or after the limit. One without "
                + "follow-up is pending, due soon (its " + l1 + " days end within " + h.dueSoonDays() + " days), "
                + "overdue (" + (l1 + 1) + " to " + l2 + " days), extended (older, but its preservation was renewed "
                + "beyond the as-of day) or lapsed (the data must be presumed lost). Overdue, extended and lapsed "
                + "preservations are flagged. A European Preservation Order ends after " + l1 + " days unless it was "
                + "extended: its limit is then " + l1 + " days instead of " + l2 + ".\n"
                + "<b>Figures of the period.</b> Unless a heading says otherwise, the figures are those of the period "
                + h.periodLabel() + " up to the as-of day: the preservations opened in it (by their start), the MLA "
                + "requests made in it (whatever the preservation's start), and the " + l1 + "- and " + l2
                + "-day deadlines that fell in it, with the share met (followed up within " + l1 + " or " + l2
                + " days). Every deadline counted has passed, so these shares are final when the period ends. A "
                + "preservation lapsed in the period when its " + l2 + " days (or its extension) ended in it without "
                + "an MLA request.\n" + "<b>Since records began.</b> The within-" + l1 + " (" + l2
                + ") rate since records began is the " + "share of all preservations whose " + l1 + " (" + l2
                + ") days had passed by the as-of day that "
                + "were followed up within that time; a rate with nothing to count is left empty.\n"
                + "<b>Time to follow-up (Kaplan–Meier).</b> A median delay taken over the followed-up preservations "
                + "alone says nothing of those never followed up. The time to follow-up counts them: a preservation "
                + "not (yet) followed up counts as waiting for as many days as it has been open, and the "
                + "Kaplan–Meier method estimates the share followed up by each day. The median is the first day by "
                + "which half are followed up; \"not reached\" when fewer than half are.\n"
                + "<b>Statistics.</b> Medians and 90th percentiles "
                + "are computed as Excel's PERCENTILE.INC (linear interpolation between the two nearest values); "
                + "means and percentiles are rounded half up to one decimal.\n"
                + "<b>Backlog trend.</b> Each month is seen as of its last day: awaiting (no follow-up yet, at most "
                + l1 + " days), overdue (" + (l1 + 1) + " to " + l2 + " days) and lapsed (day " + l2
                + " reached in the month without follow-up).\n"
                + "<b>Confidentiality.</b> This document holds counts and durations only; no request reference, "
                + "case reference or offence appears in it.";
    }

}
