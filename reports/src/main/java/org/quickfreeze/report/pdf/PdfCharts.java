package org.quickfreeze.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.model.TrendRow;
import org.quickfreeze.report.text.Messages;

/**
 * The charts of the PDFs, drawn with JFreeChart (JasperReports' chart extension) in the
 * embedded DejaVu fonts and rendered as vector graphics, their words from the report's
 * language and their tick labels in its number conventions.
 */
final class PdfCharts {

    static final int BIN_DAYS = 10;

    private static final String FONT = Fonts.DEJAVU_SANS;

    private static final Color[] TREND_COLOURS = { new Color(0x2B, 0x5C, 0xB8), new Color(0xE0, 0x7B, 0x00),
            new Color(0x9C, 0x1C, 0x1C), new Color(0x80, 0x80, 0x80) };

    private PdfCharts() {
    }

    /** awaiting, overdue and lapsed by month, with opened for scale. */
    static JFreeChart backlogTrend(List<TrendRow> trend, Messages m) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TrendRow r : trend) {
            String month = r.month().toString();
            data.addValue(r.awaiting(), m.text("chart.trend.awaiting"), month);
            data.addValue(r.overdue(), m.text("chart.trend.overdue"), month);
            data.addValue(r.lapsed(), m.text("chart.trend.lapsed"), month);
            data.addValue(r.opened(), m.text("chart.trend.opened"), month);
        }
        CategoryAxis months = new CategoryAxis(m.text("chart.trend.month"));
        months.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis counts = new NumberAxis(m.text("chart.trend.preservations"));
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < TREND_COLOURS.length; i++) {
            lines.setSeriesPaint(i, TREND_COLOURS[i]);
            lines.setSeriesStroke(i, new BasicStroke(i == 3 ? 1.2f : 2f));
        }
        CategoryPlot plot = new CategoryPlot(data, months, counts, lines);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return styled(new JFreeChart(null, new Font(FONT, Font.PLAIN, 10), plot, true), m.text("chart.trend.title"), m);
    }

    /**
     * Follow-up delays in 10-day bins (0–10, 11–20, …) so that the 60- and 90-day limits
     * fall on bin edges, where they are drawn.
     */
    static JFreeChart delayHistogram(int[] delays, int followUpDays, int maxPreservationDays, Messages m) {
        int maxDelay = 0;
        for (int d : delays) {
            maxDelay = Math.max(maxDelay, d);
        }
        int bins = Math.max(1, (Math.max(maxDelay, maxPreservationDays) + BIN_DAYS - 1) / BIN_DAYS + 1);
        int[] counts = new int[bins];
        for (int d : delays) {
            counts[d == 0 ? 0 : (d - 1) / BIN_DAYS]++;
        }
        XYIntervalSeries series = new XYIntervalSeries(m.text("chart.delays.series"));
        for (int i = 0; i < bins; i++) {
            double from = i * BIN_DAYS + 0.5;
            double to = (i + 1) * BIN_DAYS + 0.5;
            series.add((from + to) / 2, from, to, counts[i], counts[i], counts[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis days = new NumberAxis(m.text("chart.delays.days"));
        days.setRange(0, bins * BIN_DAYS + 0.5);
        NumberAxis preservations = new NumberAxis(m.text("chart.delays.preservations"));
        preservations.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x5B, 0x7D, 0xB1));
        XYPlot plot = new XYPlot(data, days, preservations, bars);
        addLimits(plot, followUpDays + 0.5, maxPreservationDays + 0.5, followUpDays, maxPreservationDays, m);
        return styled(new JFreeChart(null, new Font(FONT, Font.PLAIN, 10), plot, false), m.text("chart.delays.title"),
                m);
    }

    /**
     * The Kaplan–Meier curves F(t), t = 0 … 180: the share of preservations followed up
     * by day t, for all, sent and received, with the limits marked.
     */
    static JFreeChart timeToFollowUp(List<CurvePoint> curve, int followUpDays, int maxPreservationDays, Messages m) {
        XYSeries all = new XYSeries(m.text("chart.km.all"));
        XYSeries sent = new XYSeries(m.text("chart.km.sent"));
        XYSeries received = new XYSeries(m.text("chart.km.received"));
        for (CurvePoint p : curve) {
            add(all, p.day(), p.all());
            add(sent, p.day(), p.sent());
            add(received, p.day(), p.received());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(sent);
        data.addSeries(received);
        NumberAxis days = new NumberAxis(m.text("chart.km.days"));
        days.setRange(0, curve.isEmpty() ? 180 : curve.get(curve.size() - 1).day());
        days.setTickUnit(new NumberTickUnit(30));
        NumberAxis share = new NumberAxis(m.text("chart.km.share"));
        share.setRange(0, 100);
        share.setTickUnit(new NumberTickUnit(20));
        XYStepRenderer lines = new XYStepRenderer();
        lines.setSeriesPaint(0, Color.BLACK);
        lines.setSeriesPaint(1, TREND_COLOURS[0]);
        lines.setSeriesPaint(2, TREND_COLOURS[1]);
        for (int i = 0; i < 3; i++) {
            lines.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.2f : 1.5f));
            lines.setSeriesShapesVisible(i, false);
        }
        XYPlot plot = new XYPlot(data, days, share, lines);
        addLimits(plot, followUpDays, maxPreservationDays, followUpDays, maxPreservationDays, m);
        return styled(new JFreeChart(null, new Font(FONT, Font.PLAIN, 10), plot, true), m.text("chart.km.title"), m);
    }

    private static void add(XYSeries series, int day, BigDecimal percent) {
        if (percent != null) {
            series.add(day, percent.doubleValue());
        }
    }

    /**
     * The two limits as dashed lines; the first labelled to the left of its line and the
     * second to the right, so that the labels never overlap however close the lines are
     * drawn.
     */
    private static void addLimits(XYPlot plot, double firstAt, double secondAt, int first, int second, Messages m) {
        plot.addDomainMarker(limit(firstAt, m.text("chart.limit", "day", first), new Color(0xE0, 0x7B, 0x00),
                RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        plot.addDomainMarker(limit(secondAt, m.text("chart.limit", "day", second), new Color(0x9C, 0x1C, 0x1C),
                RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
    }

    private static ValueMarker limit(double at, String label, Color colour, RectangleAnchor anchor, TextAnchor text) {
        ValueMarker marker = new ValueMarker(at, colour,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(FONT, Font.BOLD, 9));
        marker.setLabelPaint(colour);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(text);
        marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        return marker;
    }

    private static JFreeChart styled(JFreeChart chart, String title, Messages m) {
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xF7, 0xF9, 0xFB));
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xC8, 0xD0, 0xD8));
            fonts(plot.getDomainAxis(), plot.getRangeAxis());
            numbers(m, plot.getRangeAxis());
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xC8, 0xD0, 0xD8));
            fonts(plot.getDomainAxis(), plot.getRangeAxis());
            numbers(m, plot.getDomainAxis(), plot.getRangeAxis());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 9));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /**
     * Tick labels in the report's language, not the machine's: {@code 1 000} in French.
     */
    private static void numbers(Messages m, org.jfree.chart.axis.ValueAxis... axes) {
        for (var axis : axes) {
            if (axis instanceof NumberAxis numbers) {
                numbers.setNumberFormatOverride(NumberFormat.getNumberInstance(m.locale()));
            }
        }
    }

    private static void fonts(org.jfree.chart.axis.Axis... axes) {
        for (var axis : axes) {
            axis.setLabelFont(new Font(FONT, Font.PLAIN, 9));
            axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 8));
        }
    }

}
