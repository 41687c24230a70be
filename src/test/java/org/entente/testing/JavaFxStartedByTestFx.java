package org.entente.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX through TestFX before any test class runs (registered for every class by JUnit's extension
 * auto-detection). When a headless test starts the toolkit first with {@code Platform.startup} (through
 * {@code HeadlessFx}), the TestFX tests that run later in the same JVM receive no mouse input; starting it
 * the TestFX way first makes the order of test classes irrelevant. Idempotent and cheap after the first call.
 */
public final class JavaFxStartedByTestFx implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }
}
