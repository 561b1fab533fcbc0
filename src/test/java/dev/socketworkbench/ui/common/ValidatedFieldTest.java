package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class ValidatedFieldTest extends ApplicationTest {
    /** Stands in for a tab model: it owns the error text. */
    private final StringProperty portError = new SimpleStringProperty("");
    /** Made in start(): a Tooltip needs the toolkit, which TestFX starts after this object is built. */
    private Tooltip hint;
    private ValidatedField<TextField> field;

    @Override
    public void start(Stage stage) {
        hint = new Tooltip("The port to listen on, 1-65535.");
        TextField port = new TextField("6667");
        port.setTooltip(hint);
        field = new ValidatedField<>("_Port", port, portError);
        stage.setScene(new Scene(field, 300, 120));
        stage.show();
    }

    private long errorClassCount() {
        return field.control().getStyleClass().stream().filter(ValidatedField.ERROR_STYLE_CLASS::equals).count();
    }

    @Test
    void withoutErrorNothingIsShown() {
        assertFalse(field.errorLabel().isVisible());
        assertFalse(field.errorLabel().isManaged());
        assertEquals(0, errorClassCount());
        assertSame(hint, field.control().getTooltip());
        assertSame(field.control(), field.caption().getLabelFor());
        assertEquals("Port", field.caption().getText().replace("_", ""));
    }

    @Test
    void errorShowsUnderTheFieldAsTooltipAndStyle() throws Exception {
        String sentence = "The port 70000 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.";
        FxThread.run(() -> portError.set(sentence));
        FxThread.run(() -> {
            assertTrue(field.errorLabel().isVisible());
            assertTrue(field.errorLabel().isManaged());
            assertEquals(sentence, field.errorLabel().getText());
            assertEquals(1, errorClassCount());
            assertEquals(sentence, field.control().getTooltip().getText());
        });
        FxThread.run(() -> portError.set("The port is empty; type a number from 1-65535."));
        FxThread.run(() -> {
            assertEquals(1, errorClassCount(), "the style class is not added twice");
            assertEquals("The port is empty; type a number from 1-65535.", field.control().getTooltip().getText());
        });
    }

    @Test
    void clearingTheErrorRestoresTheFieldAndItsOwnTooltip() throws Exception {
        FxThread.run(() -> portError.set("The port is empty; type a number from 1-65535."));
        FxThread.run(() -> portError.set(""));
        FxThread.run(() -> {
            assertFalse(field.errorLabel().isVisible());
            assertEquals(0, errorClassCount());
            assertSame(hint, field.control().getTooltip());
        });
    }

    @Test
    void aFieldWithoutItsOwnTooltipHasNoneWhenFine() throws Exception {
        StringProperty error = new SimpleStringProperty("Wrong.");
        ValidatedField<TextField> other = FxThread.call(() -> new ValidatedField<>("Host", new TextField(), error));
        FxThread.run(() -> {
            assertEquals("Wrong.", other.control().getTooltip().getText());
            error.set("");
            assertNull(other.control().getTooltip());
        });
    }
}
