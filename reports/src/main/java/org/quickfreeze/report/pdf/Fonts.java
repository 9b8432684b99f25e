package org.quickfreeze.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * Makes the DejaVu fonts of JasperReports' font extension known to Java2D as well, so
 * that the charts drawn by JFreeChart find them on a machine with no fonts installed. The
 * text fields of the reports use the font extension directly.
 */
final class Fonts {

    static final String DEJAVU_SANS = "DejaVu Sans";

    private static final String[] FILES = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf" };

    private Fonts() {
    }

    static void registerWithJava2D() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : FILES) {
            try (InputStream ttf = Fonts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                if (ttf != null) {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, ttf));
                }
            }
            catch (IOException | FontFormatException ex) {
                // Java2D copies the font to a temporary file first, so a full disk shows
                // up here
                throw new IllegalStateException(
                        "the font " + file + " of the JasperReports font extension cannot be read: " + ex.getMessage(),
                        ex);
            }
        }
    }

}
