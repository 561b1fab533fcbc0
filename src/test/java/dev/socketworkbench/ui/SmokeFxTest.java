package dev.socketworkbench.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeFxTest extends ApplicationTest {
    Button b;
    @Override public void start(Stage s) { b = new Button("x"); b.setOnAction(e -> b.setText("clicked")); s.setScene(new Scene(b, 200, 100)); s.show(); }
    @Test void clicks() { clickOn(b); assertEquals("clicked", b.getText()); }
}
