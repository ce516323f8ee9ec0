package dev.dartboard.ui.results;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Function;

/**
 * Every Pareto point in a sortable table (id, source, accuracy, SRAM, flash, latency, status). Selecting a
 * row selects the point in the ViewModel, exactly as a click on the chart does, and the table follows the
 * ViewModel's selection. Builds and binds only. FX thread.
 */
final class PointTable {
    private PointTable() { }

    static TableView<PointRow> build(ResultsViewModel vm) {
        TableView<PointRow> table = new TableView<>(vm.rows());
        table.setId("point-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.setPlaceholder(new javafx.scene.control.Label("No run open"));
        table.getColumns().setAll(java.util.List.of(
                column("Id", r -> r.id(), 40), column("Source", PointRow::source, 80),
                column("Search acc. %", r -> fixed(100 * r.accuracy()), 95),
                column("Trained acc. %", r -> fixed(r.trained() == null ? Double.NaN : 100 * r.trained()), 100), column("SRAM KB", r -> fixed(r.sramKb()), 70),
                column("Flash KB", r -> fixed(r.flashKb()), 70), column("Latency ms", r -> fixed(r.latencyMs()), 80),
                column("Status", PointRow::status, 130)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != row.id())) vm.select(row.id());
        });
        vm.selectedProperty().addListener((o, a, d) -> follow(table, d));
        vm.rows().addListener((javafx.collections.ListChangeListener<PointRow>) c -> follow(table, vm.selectedProperty().get()));
        return table;
    }

    private static void follow(TableView<PointRow> table, PointDetail d) {
        if (d == null || d.id() < 0) return;
        PointRow now = table.getSelectionModel().getSelectedItem();
        if (now != null && now.id() == d.id()) return;
        for (PointRow r : table.getItems())
            if (r.id() == d.id()) {
                table.getSelectionModel().select(r);
                if (!shown(table, table.getItems().indexOf(r))) table.scrollTo(r);   // a row in view stays where it is
                return;
            }
    }

    /** Whether row {@code index} is on screen in the table now. */
    private static boolean shown(TableView<PointRow> table, int index) {
        if (!(table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) return false;
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
    }

    /** Numbers sort as numbers: the cell value is the number, shown with one decimal. */
    private static <T extends Comparable<T>> TableColumn<PointRow, T> column(String title, Function<PointRow, T> value, double width) {
        TableColumn<PointRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        javafx.scene.text.Text header = new javafx.scene.text.Text(title);   // the header never shrinks to "…"
        header.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
                javafx.scene.text.Font.getDefault().getSize()));
        c.setMinWidth(Math.ceil(header.getLayoutBounds().getWidth()) + 24);
        c.setPrefWidth(Math.max(width, c.getMinWidth()));
        return c;
    }

    private static Fixed fixed(double v) { return new Fixed(v); }

    /** A number that prints with one decimal and sorts numerically; NaN (not measured) prints "—" and sorts last. */
    record Fixed(double value) implements Comparable<Fixed> {
        @Override public int compareTo(Fixed o) { return Double.compare(value, o.value); }

        @Override public String toString() { return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f", value); }
    }
}
