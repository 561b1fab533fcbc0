package dev.socketworkbench.ui.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.MainWindow;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The workbench stylesheet parses cleanly (one unclosed brace silently drops every rule after it, the
 * UDP tab's included) and styles the classes the UDP tab uses.
 */
class UdpStylesheetTest {

    @Test
    void appCssParsesWithoutErrorsAndStylesTheUdpTab() throws Exception {
        URL css = MainWindow.class.getResource("app.css");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);

        Set<String> classes = sheet.getRules().stream()
                .map(Rule::getSelectors).flatMap(List::stream)
                .filter(SimpleSelector.class::isInstance).map(SimpleSelector.class::cast)
                .flatMap(s -> s.getStyleClasses().stream())
                .collect(Collectors.toSet());
        for (String used : List.of("udp-tab", "udp-card", "udp-card-title", "udp-exposed-warning", "udp-primary-button",
                "udp-listen-status", "udp-status-dot", "udp-payload")) {
            assertTrue(classes.contains(used), "app.css has no rule for ." + used);
        }
        assertTrue(sheet.getRules().stream().map(Rule::getSelectors).flatMap(List::stream).map(Selector::toString)
                .anyMatch(s -> s.contains("udp-card")));
    }
}
