package org.quickfreeze.report.workbook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;
import org.quickfreeze.report.text.Messages;

/**
 * The names of a workbook's sheets in its language. A sheet name has at most 31
 * characters and none of {@code : \ / ? * [ ]}: a translation that breaks the rule is
 * made safe as Excel would (cut, the characters replaced) rather than stop the run, and
 * two names that come out the same are told apart by a number.
 */
final class SheetNames {

    private final Messages messages;

    private final Set<String> used = new HashSet<>();

    private final Map<String, String> names = new HashMap<>();

    SheetNames(Messages messages) {
        this.messages = messages;
    }

    String of(String key) {
        return names.computeIfAbsent(key, this::name);
    }

    private String name(String key) {
        String name = WorkbookUtil.createSafeSheetName(messages.text(key));
        String unique = name;
        for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }

}
