package org.fusabi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A GitHub-flavoured Markdown table, padded so that it also reads well in a terminal. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void addRow(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        for (List<String> row : Stream.concat(Stream.of(header), rows.stream()).toList()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.max(3, row.get(i).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        line(sb, header.stream().map(h -> "").toList(), widths, '-');
        rows.forEach(row -> line(sb, row, widths));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        line(sb, cells, widths, ' ');
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths, char pad) {
        sb.append('|');
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            sb.append(' ').append(cell).append(String.valueOf(pad).repeat(widths[i] - cell.length())).append(" |");
        }
        sb.append('\n');
    }
}
