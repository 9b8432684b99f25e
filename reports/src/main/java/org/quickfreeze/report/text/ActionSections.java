package org.quickfreeze.report.text;

import java.util.List;

/**
 * The action lists of the monthly report in their order of urgency: the state each lists,
 * the prefix of its texts in the bundle ({@code .heading}, {@code .sent},
 * {@code .received}, {@code .left}), and the workbook sheet that holds every row. The
 * monthly PDF and the monthly mail read them from here, so that both say the same.
 */
public final class ActionSections {

    public record Section(String state, String texts, String sheet) {
    }

    public static final List<Section> ALL = List.of(new Section("OVERDUE", "monthly.overdue", "sheet.flags"),
            new Section("DUE_SOON", "monthly.dueSoon", "sheet.dueSoon"),
            new Section("EXTENDED", "monthly.extended", "sheet.flags"),
            new Section("LAPSED", "monthly.lapsed", "sheet.flags"));

    private ActionSections() {
    }

}
