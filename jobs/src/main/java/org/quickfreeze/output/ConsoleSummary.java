package org.quickfreeze.output;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.FileQuality;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.run.VisibleText;

/** The short summary a person reads at the end of a run. */
public class ConsoleSummary {

    private static final String NOT_EXPORT = "NOT_EXPORT";

    private final PrintStream out;

    /**
     * The console is read by programs too: it stays in English whatever the reports'
     * language.
     */
    private final Messages english = MessageBundles.english();

    public ConsoleSummary(PrintStream out) {
        this.out = out;
    }

    public void print(ReportModel model, List<Path> written) {
        var h = model.header();
        out.printf("Quickfreeze audit as of %s, period %s (limits %d/%d days, due soon %d)%n", h.asOf(),
                h.periodLabel(), h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays());
        out.println();
        out.printf("%-40s %8s %8s %8s %8s  %s%n", "file", "read", "loaded", "rejected", "empty", "status");
        List<String> notExports = new ArrayList<>();
        for (FileQuality f : model.dataQuality().files()) {
            if (NOT_EXPORT.equals(f.status())) {
                notExports.add(VisibleText.of(f.name()));
                continue;
            }
            out.printf("%-40s %8d %8d %8d %8d  %s%n", abbreviate(VisibleText.of(f.name())), f.rowsRead(),
                    f.rowsLoaded(), f.rowsRejected(), f.rowsEmpty(),
                    f.reason() == null ? f.status() : f.status() + ": " + VisibleText.of(f.reason()));
        }
        if (!notExports.isEmpty()) {
            out.println("Not an export, not read: " + String.join(", ", notExports));
        }
        out.println();
        out.println("Preservations per state:");
        model.stateCounts()
            .forEach((state, n) -> out.printf("  %-42s %8d%n",
                    english.text(StateName.nameKey(state)) + " (" + state + ")", n));
        FollowUpFigures all = model.overall();
        out.printf("Followed up within 60 days: %s of %d matured; within 90 days: %s of %d matured%n",
                percent(all.within60().percent()), all.matured60(), percent(all.within90().percent()), all.matured90());
        out.printf("Flagged: %d, due soon: %d, unresolved links: %d%n", all.flagged(), all.dueSoon(),
                model.dataQuality().unresolvedLinks().size());
        out.println();
        written.forEach(p -> out.println("Wrote " + p));
        out.flush();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "n/a" : value.toPlainString() + " %";
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }

}
