package org.quickfreeze.report.model;

import java.util.List;

/**
 * The name a person reads for a state code, and what it means for them. The codes stay in
 * the CSV outputs and in the workbook's code columns.
 */
public record StateName(String code, String name, String meaning) {

    /** In findings order, worst first. */
    public static final List<StateName> ALL = List.of(
            new StateName("LAPSED", "Lapsed", "past day 90, no MLA request: the data is presumed lost"),
            new StateName("OVERDUE", "Overdue", "no MLA request, day 61–90: the preservation may end any day"),
            new StateName("EXTENDED", "Extended, still waiting", "past day 90, preservation extended, no MLA request"),
            new StateName("DUE_SOON", "Due soon", "no MLA request, 0–14 days left to day 60"),
            new StateName("PENDING", "Waiting, in time", "no MLA request yet, more than 14 days left"),
            new StateName("AFTER_LIMIT", "Followed up after the limit", "MLA request after day 90"),
            new StateName("LATE", "Followed up late", "MLA request on day 61–90"),
            new StateName("ON_TIME", "Followed up in time", "MLA request within 60 days"),
            new StateName("EXCLUDED", "Refused or withdrawn", "not audited"));

    /** The name of a state code; an unknown code is shown as it is. */
    public static String of(String code) {
        for (StateName s : ALL) {
            if (s.code().equals(code)) {
                return s.name();
            }
        }
        return code;
    }
}
