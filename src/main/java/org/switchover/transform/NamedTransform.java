package org.switchover.transform;

import java.util.Objects;
import java.util.function.Function;

/** A transform made from a name, a doc line and a function; how the registry declares the standard set. */
record NamedTransform(String name, String doc, int arity, Function<String[], Converted> body) implements ValueTransform {

    NamedTransform {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(body, "body");
    }

    /** A one-column transform. */
    static NamedTransform single(String name, String doc, Function<String, Converted> body) {
        return new NamedTransform(name, doc, 1, inputs -> body.apply(inputs[0]));
    }

    @Override
    public Converted apply(String... inputs) {
        if (arity >= 0 && inputs.length != arity) {
            // A mapping that passes the wrong number of columns is a compiler bug, not bad data.
            throw new IllegalArgumentException("transform '" + name + "' takes " + arity
                    + " column(s), was given " + inputs.length);
        }
        return body.apply(inputs);
    }

    @Override
    public String toString() {
        return name;
    }
}
