package org.entente.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.entente.model.Dataset;
import org.entente.model.Source;

/**
 * Help → About: the version, where the data in the open dataset comes from, and the libraries the app
 * is built on. Students quoting the app need to know what it rests on.
 */
public final class AboutDialog {

    private static final int LISTED_SOURCES = 6;

    private AboutDialog() {
    }

    public static Alert create(Window owner, Dataset dataset) {
        Label intro = new Label("A timeline and relationship explorer for states, alliances and initiatives, "
                + "for students and teachers.");
        intro.setWrapText(true);
        VBox data = new VBox(2);
        data.setId("about-data");
        for (String line : dataCredits(dataset).split("\n")) {
            Label l = new Label(line.strip());
            l.setWrapText(true);
            if (line.startsWith("  ")) l.getStyleClass().add("about-source");
            data.getChildren().add(l);
        }
        Label libs = new Label("Built with JavaFX, JGraphT, Gson and ControlsFX. Region colours: the Okabe–Ito "
                + "colour-blind-safe palette.");
        libs.setWrapText(true);
        VBox box = new VBox(12, intro, data, libs);
        box.setPrefWidth(560);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle("About Entente");
        alert.setHeaderText("Entente " + version());
        alert.setGraphic(null);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("about-dialog");
        return alert;
    }

    /** "Data: <title>, compiled from N sources, among them: ...". */
    static String dataCredits(Dataset d) {
        List<Source> sources = d.sources();
        if (sources.isEmpty()) return "Data: " + d.title() + ".";
        StringBuilder sb = new StringBuilder("Data: “").append(d.title()).append("”, compiled from ")
                .append(sources.size()).append(sources.size() == 1 ? " source" : " sources").append(", among them:");
        sources.stream().limit(LISTED_SOURCES).forEach(s -> sb.append("\n  • ").append(s.citation()));
        if (sources.size() > LISTED_SOURCES) sb.append("\n  … and ").append(sources.size() - LISTED_SOURCES).append(" more");
        sb.append("\nEvery fact cites its sources: select an item to see them in the details panel.");
        return sb.toString();
    }

    /** The version Maven packaged, or "(development build)" when run from the classes directory. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        if (v != null) return v;
        try (InputStream in = AboutDialog.class.getResourceAsStream("/META-INF/maven/org.entente/entente/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "(development build)");
            }
        } catch (IOException e) {
            // fall through: the version is a nicety
        }
        return "(development build)";
    }
}
