package dev.socketworkbench.ui.common;

import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A field with its caption above and its error sentence below, as every form of the workbench
 * shows input. The model owns the error text ("" means the input is fine); this view only binds to
 * it: the sentence appears under the field and as its tooltip, and the field gets the
 * {@value #ERROR_STYLE_CLASS} style class (a red border in app.css) while there is an error.
 */
public final class ValidatedField<C extends Control> extends VBox {
    /** Style class on the control while its input is wrong. */
    public static final String ERROR_STYLE_CLASS = "error";

    private final C control;
    private final ObservableStringValue error;
    private Label caption;
    private Label errorLabel;
    private Tooltip errorTooltip;
    private Tooltip ownTooltip;

    /**
     * @param caption the label text; a leading underscore letter becomes the mnemonic, e.g. "_Port"
     * @param control the input control
     * @param error   the model's error sentence for this field, "" when the input is fine
     */
    public ValidatedField(String caption, C control, ObservableStringValue error) {
        this.control = Objects.requireNonNull(control, "control");
        this.error = Objects.requireNonNull(error, "error");
        initializeParts(caption);
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts(String captionText) {
        caption = new Label(captionText);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(control);
        caption.getStyleClass().add("field-caption");
        errorLabel = new Label();
        errorLabel.getStyleClass().add("field-error");
        errorLabel.setWrapText(true);
        ownTooltip = control.getTooltip();
    }

    /** Made at the first error: a tooltip is a popup window, and most fields never need this one. */
    private Tooltip errorTooltip() {
        if (errorTooltip == null) {
            errorTooltip = new Tooltip();
            errorTooltip.getStyleClass().add("field-error-tooltip");
            errorTooltip.setWrapText(true);
            errorTooltip.setMaxWidth(420);
            errorTooltip.textProperty().bind(error);
        }
        return errorTooltip;
    }

    private void layoutParts() {
        getStyleClass().add("validated-field");
        setSpacing(3);
        control.setMaxWidth(Double.MAX_VALUE);
        getChildren().setAll(caption, control, errorLabel);
    }

    private void bindFieldsToModel() {
        errorLabel.textProperty().bind(error);
        error.addListener((observable, before, now) -> showError(now));
        showError(error.get());
    }

    private void showError(String sentence) {
        boolean wrong = sentence != null && !sentence.isEmpty();
        errorLabel.setVisible(wrong);
        errorLabel.setManaged(wrong);
        if (wrong) {
            if (!control.getStyleClass().contains(ERROR_STYLE_CLASS)) {
                control.getStyleClass().add(ERROR_STYLE_CLASS);
            }
            if (control.getTooltip() != errorTooltip()) {
                ownTooltip = control.getTooltip();
                control.setTooltip(errorTooltip());
            }
        } else {
            control.getStyleClass().removeAll(ERROR_STYLE_CLASS);
            if (errorTooltip != null && control.getTooltip() == errorTooltip) {
                control.setTooltip(ownTooltip);
            }
        }
    }

    public C control() {
        return control;
    }

    public Label caption() {
        return caption;
    }

    public Label errorLabel() {
        return errorLabel;
    }
}
