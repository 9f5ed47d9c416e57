package org.switchover.transform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A transform made from a name, a doc line, the legacy types each input accepts (one set per input) and a
 * function; how the registry declares the standard set.
 */
record NamedTransform(String name, String doc, int arity, List<Set<LegacyType>> inputTypes,
                      Function<String[], Converted> body) implements ValueTransform {

    NamedTransform {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(body, "body");
        inputTypes = List.copyOf(inputTypes);
        if (inputTypes.size() != arity) {
            throw new IllegalArgumentException("transform '" + name + "' takes " + arity + " column(s) but states the types of "
                    + inputTypes.size());
        }
    }

    /** A one-column transform whose column may have the types {@code accepts}. */
    static NamedTransform single(String name, String doc, Set<LegacyType> accepts, Function<String, Converted> body) {
        return new NamedTransform(name, doc, 1, List.of(accepts), inputs -> body.apply(inputs[0]));
    }

    @Override
    public Set<LegacyType> accepts(int input) {
        return inputTypes.get(input);
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
