package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/** Settings that cannot be stored are reported to the user once, not only logged, and the app keeps working. */
class SettingsStoreTest {

    /** A preferences node whose disk is gone: every store fails. */
    private static final class Unstorable extends AbstractPreferences {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        Unstorable() {
            super(null, "");
        }

        @Override protected void putSpi(String key, String value) { values.put(key, value); }
        @Override protected String getSpi(String key) { return values.get(key); }
        @Override protected void removeSpi(String key) { values.remove(key); }
        @Override protected void removeNodeSpi() { }
        @Override protected String[] keysSpi() { return values.keySet().toArray(String[]::new); }
        @Override protected String[] childrenNamesSpi() { return new String[0]; }
        @Override protected AbstractPreferences childSpi(String name) { throw new UnsupportedOperationException(); }
        @Override protected void syncSpi() throws BackingStoreException { throw new BackingStoreException("the disk is read-only"); }
        @Override protected void flushSpi() throws BackingStoreException { throw new BackingStoreException("the disk is read-only"); }
    }

    @Test
    void aStoreThatFailsIsToldOnceAndTheValueStillHoldsForThisRun() {
        Settings settings = new Settings(new Unstorable());
        List<String> told = new ArrayList<>();
        settings.onFailure(told::add);
        settings.setTheme(Theme.DARK);
        settings.put("lastDirectory", "/tmp");
        settings.setTheme(Theme.PROJECTOR);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("Settings cannot be stored") && told.get(0).contains("read-only"), told.get(0));
        assertEquals(Theme.PROJECTOR, settings.theme());
    }
}
