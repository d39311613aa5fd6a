package it.formapro.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OptionalTextTest {

    @Test
    void nothingButBlanksIsAbsent() {
        assertNull(OptionalText.strippedOrNull(null));
        assertNull(OptionalText.strippedOrNull(""));
        assertNull(OptionalText.strippedOrNull(" \t\n"));
        assertNull(OptionalText.strippedOrNull("\u2003"), "an em space is a blank too");
    }

    @Test
    void aTextLosesOnlyTheBlanksAroundIt() {
        assertEquals("Regione Lazio", OptionalText.strippedOrNull("  Regione Lazio \n"));
        assertEquals("a  b", OptionalText.strippedOrNull("a  b"));
    }
}
