package it.formapro.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreferTest {

    @Test
    void returnMinimalAloneAmongOthersWithParametersOrQuoted() {
        assertTrue(Prefer.returnMinimal("return=minimal"));
        assertTrue(Prefer.returnMinimal("respond-async, return=minimal"));
        assertTrue(Prefer.returnMinimal("return = minimal; foo=bar"));
        assertTrue(Prefer.returnMinimal("Return=Minimal"));
        assertTrue(Prefer.returnMinimal("return=\"minimal\""));
    }

    @Test
    void anythingElseIsTheFullAnswer() {
        assertFalse(Prefer.returnMinimal(null));
        assertFalse(Prefer.returnMinimal(""));
        assertFalse(Prefer.returnMinimal("return=representation"));
        assertFalse(Prefer.returnMinimal("respond-async"));
        assertFalse(Prefer.returnMinimal("return=minimalist"));
        assertFalse(Prefer.returnMinimal("handling=lenient; return=minimal"));
    }
}
