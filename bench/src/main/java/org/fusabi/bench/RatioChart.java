package org.fusabi.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * A bar chart of every runtime's median time ÷ Lua 5.4's, per program, on a log scale (ratios from 0.05 to 20
 * must all be readable), drawn with XChart into a PNG.
 */
final class RatioChart {
    private RatioChart() {
    }

    /**
     * Writes the chart and returns true, or returns false when there is nothing to draw: Lua 5.4 was not measured
     * (no reference), or nothing else was (XChart cannot draw a chart without a series).
     */
    static boolean write(Results results, String title, Path png) throws IOException {
        List<String> programs = results.programs().stream()
                .filter(p -> results.get(p, Engines.LUA54) != null && results.get(p, Engines.LUA54).status() == Result.Status.OK)
                .toList();
        if (programs.isEmpty()) {
            return false;
        }
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(520).title(title)
                .xAxisTitle("program").yAxisTitle("time ÷ Lua 5.4 time (log scale; below 1 is faster)").build();
        CategoryStyler styler = chart.getStyler();
        styler.setYAxisLogarithmic(true);
        styler.setYAxisDecimalPattern("0.##");
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        double smallest = 1;
        double largest = 1;
        for (String engine : results.engines()) {
            if (engine.equals(Engines.LUA54)) {
                continue;
            }
            // Only the programs this runtime has a ratio for: a failed or missing run gets no bar, not a made-up one.
            List<String> measured = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (String program : programs) {
                OptionalDouble r = results.ratio(program, engine, Engines.LUA54);
                if (r.isPresent()) {
                    measured.add(program);
                    ratios.add(r.getAsDouble());
                    smallest = Math.min(smallest, r.getAsDouble());
                    largest = Math.max(largest, r.getAsDouble());
                }
            }
            if (!measured.isEmpty()) {
                chart.addSeries(engine, measured, ratios);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return false;
        }
        // Bars start from the axis minimum, which XChart takes as 0 unless told: log scales need whole decades set.
        styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest))));
        styler.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(largest))));
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        return true;
    }
}
