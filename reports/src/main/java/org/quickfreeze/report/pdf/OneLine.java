package org.quickfreeze.report.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * The font size at which a text fits on one line of a column: a request id or case
 * reference broken across two lines cannot be found by a search of the PDF, so a long one
 * is set smaller instead. Measured in DejaVu Sans, the font the reports embed, with a
 * margin for the way JasperReports lays text out.
 */
final class OneLine {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final double MARGIN = 0.9;

    /**
     * The sizes the template has a field for, largest first (the action-list template
     * prints the one named).
     */
    static final float[] SIZES = { 7.5f, 6.5f, 5.5f, 4.5f, 3.5f, 2.5f, 2.0f };

    private static final String LARGEST = format(SIZES[0]);

    private final Font font;

    private final double width;

    /**
     * A text this short fits at the largest size whatever its letters: none of them is as
     * wide as the type is high.
     */
    private final int surelyFits;

    /**
     * @param width the column's width in points, less its padding
     */
    OneLine(double width) {
        this.font = new Font(Fonts.DEJAVU_SANS, Font.PLAIN, 1).deriveFont(SIZES[0]);
        this.width = width * MARGIN;
        this.surelyFits = (int) (this.width / SIZES[0]);
    }

    /**
     * The largest of the template's sizes at which the text fits, as the template names
     * it ({@code "7.5"}); the smallest when none does, where it may still wrap rather
     * than be cut.
     */
    String sizeFor(String text) {
        if (text == null || text.length() <= surelyFits) {
            return LARGEST;
        }
        double needed = font.getStringBounds(text, CONTEXT).getWidth();
        for (float size : SIZES) {
            if (needed * size / SIZES[0] <= width) {
                return format(size);
            }
        }
        return format(SIZES[SIZES.length - 1]);
    }

    private static String format(float size) {
        return String.format(Locale.ROOT, "%.1f", size);
    }

}
