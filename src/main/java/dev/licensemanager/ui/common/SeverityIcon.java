package dev.licensemanager.ui.common;

import dev.licensemanager.service.OutcomeKind.Severity;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;

/** The round severity badge of status dialogs (shapes, not font glyphs: renders the same everywhere). */
final class SeverityIcon {
    private SeverityIcon() {
    }

    static Node of(Severity s) {
        Circle c = new Circle(20);
        c.getStyleClass().add("severity-circle");
        SVGPath mark = new SVGPath();
        mark.setContent(switch (s) {
            case SUCCESS -> "M-9,0 L-3,7 L10,-7 L7,-10 L-3,1 L-6,-3 Z";
            case INFO -> "M-2.5,-4 h5 v14 h-5 Z M-2.5,-11 h5 v4.5 h-5 Z";
            case WARNING -> "M-2.5,-11 h5 v14 h-5 Z M-2.5,6 h5 v5 h-5 Z";
            case ERROR -> "M-10,-7 L-7,-10 L0,-3 L7,-10 L10,-7 L3,0 L10,7 L7,10 L0,3 L-7,10 L-10,7 L-3,0 Z";
        });
        mark.getStyleClass().add("severity-mark");
        StackPane p = new StackPane(c, mark);
        p.getStyleClass().addAll("severity-icon", "severity-" + s.name().toLowerCase(Locale.ROOT));
        p.setAccessibleText(s.name().toLowerCase(Locale.ROOT));
        return p;
    }
}
