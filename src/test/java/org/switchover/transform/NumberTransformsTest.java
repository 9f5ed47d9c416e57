package org.switchover.transform;

import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberTransformsTest {
    private final ValueTransform integer = transform("integer");
    private final ValueTransform bigint = transform("bigint");
    private final ValueTransform decimal = transform("decimal");

    @Test
    void numericTextBecomesTheNumberType() {
        assertConverted(42, null, integer.apply(" 42 "));
        assertConverted(-1, null, integer.apply("-1"));
        assertConverted(9_000_000_000L, null, bigint.apply("9000000000"));
        assertConverted(new BigDecimal("0.50"), null, decimal.apply("0.50"));
    }

    @Test
    void emptyTextIsAnUnknownValue() {
        assertConverted(null, LossKind.UNKNOWN_VALUE, integer.apply(""));
        assertConverted(null, LossKind.UNKNOWN_VALUE, bigint.apply("  "));
        assertConverted(null, LossKind.UNKNOWN_VALUE, decimal.apply(""));
    }

    @Test
    void garbageIsUnparseable() {
        assertConverted(null, LossKind.UNPARSEABLE, integer.apply("12a"));
        assertConverted(null, LossKind.UNPARSEABLE, integer.apply("1.5"));
        assertConverted(null, LossKind.UNPARSEABLE, integer.apply("9000000000"));
        assertConverted(null, LossKind.UNPARSEABLE, bigint.apply("ten"));
        assertConverted(null, LossKind.UNPARSEABLE, decimal.apply("1,000.00"));
    }

    @Test
    void nullIsNotALoss() {
        assertConverted(null, null, integer.apply((String) null));
        assertConverted(null, null, bigint.apply((String) null));
        assertConverted(null, null, decimal.apply((String) null));
    }
}
