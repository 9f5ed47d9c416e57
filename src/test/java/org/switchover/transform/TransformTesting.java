package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

/** Shared set-up for transform tests: the standard registry at a fixed as-of date. */
final class TransformTesting {
    static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);
    static final TransformRegistry REGISTRY = TransformRegistry.standard(new TransformSettings(AS_OF));

    private TransformTesting() {
    }

    static ValueTransform transform(String name) {
        return REGISTRY.find(name).orElseThrow(() -> new AssertionError("no transform " + name));
    }

    static void assertConverted(Object expectedValue, LossKind expectedLoss, Converted actual) {
        assertEquals(expectedValue, actual.value(), "value");
        assertEquals(expectedLoss, actual.loss(), "loss");
    }
}
