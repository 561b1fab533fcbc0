package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Runs every input check and keeps all the sentences, so a form can mark each wrong field at once. */
final class Problems {
    /** One input check; throws with one sentence when the input is wrong. */
    @FunctionalInterface
    interface Check {
        void run() throws InvalidInputException;
    }

    private final List<InvalidInputException> found = new ArrayList<>();

    Problems check(Check check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            found.add(e);
        }
        return this;
    }

    /** Records {@code sentence} for {@code field} unless {@code ok}. */
    Problems require(boolean ok, String field, String sentence) {
        if (!ok) {
            found.add(new InvalidInputException(field, sentence));
        }
        return this;
    }

    List<InvalidInputException> list() {
        return List.copyOf(found);
    }
}
